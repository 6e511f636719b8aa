using System.Collections.Concurrent;
using System.Data.Common;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Sqlite;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// "Nothing lost on power loss": the receipt is only sent after the transaction that stored the case committed
/// on a connection running synchronous=FULL (PRAGMA synchronous = 2).
/// </summary>
public sealed class DurableReceiptTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [SqliteFact]
    public async Task The_receipt_follows_a_commit_of_the_case_with_synchronous_FULL()
    {
        var database = _folder.File("durable.db");
        var recorder = new CommitRecorder();
        using var plain = new BootHost(database);
        using var host = plain.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var options = new DbContextOptionsBuilder<PortalDbContext>();
            SqliteWorkflowStore.ConfigurePortal(options, $"Data Source={database}").AddInterceptors(recorder);
            services.AddSingleton<IDbContextFactory<PortalDbContext>>(new RecordedContexts(options.Options));
        }));
        // The recording factory belongs to the derived host: the whole journey uses its client.
        var resident = await new ResidentBrowser(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "195511181538").LogInAsync();

        var (check, _) = await FornyaRecept.FillAsync(resident);
        var response = await FornyaRecept.SendAsync(resident, check);
        var caseId = FornyaRecept.CaseIdFromReceipt(response);

        var commit = Assert.Single(recorder.CaseCommits);
        Assert.Equal(2L, commit.Synchronous);
        Assert.True(commit.Transaction, "The case was stored in an explicit transaction.");
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Cases.CountAsync(c => c.Id == caseId));
    }

    /// <summary>Records, for each commit that inserted into <c>cases</c>, the synchronous setting of its connection.</summary>
    private sealed class CommitRecorder : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private readonly ConcurrentDictionary<DbTransaction, bool> _withCase = new();
        public ConcurrentQueue<(long Synchronous, bool Transaction)> CaseCommits { get; } = new();

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            await NoteAsync(command);
            return result;
        }

        public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            await NoteAsync(command);
            return result;
        }

        private async Task NoteAsync(DbCommand command)
        {
            if (!command.CommandText.Contains("INSERT INTO \"cases\"", StringComparison.Ordinal)) return;
            if (command.Transaction is { } transaction) _withCase[transaction] = true;
            else CaseCommits.Enqueue((await SynchronousAsync(command.Connection!), false));
        }

        public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (_withCase.TryRemove(transaction, out _)) CaseCommits.Enqueue((await SynchronousAsync(eventData.Context!.Database.GetDbConnection()), true));
        }

        private static async Task<long> SynchronousAsync(DbConnection connection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous";
            return Convert.ToInt64(await pragma.ExecuteScalarAsync());
        }
    }

    private sealed class RecordedContexts(DbContextOptions<PortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new(options);
    }

    public void Dispose() => _folder.Dispose();
}
