namespace FormEngine.LoadTests.Serving;

/// <summary>
/// The child process's side (<c>--serve</c>): start the host, print its address on a line of its own, serve until
/// the parent closes standard input. A process of its own, so the host has its own CPU account, thread pool and
/// garbage collector, and the load generator's allocations do not pause it.
/// </summary>
public static class ServeCommand
{
    public const string Flag = "--serve";
    public const string ReadyPrefix = "formengine-loadtest-ready ";

    public static string[] Arguments(string databaseFile, string definitions, string signingKey, bool dispatcher) =>
        [Flag, databaseFile, definitions, signingKey, dispatcher ? "dispatcher" : "no-dispatcher"];

    public static async Task<int> RunAsync(string[] args)
    {
        using var host = new ServedHost(args[1], args[2], args[3], dispatcher: args[4] == "dispatcher");
        var address = host.Start();
        Console.WriteLine(ReadyPrefix + address);
        Console.Out.Flush();
        // Standard input closes when the parent is done (or dies): then stop cleanly, flushing the database.
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
