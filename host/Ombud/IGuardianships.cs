namespace FormEngine.Host.Ombud;

/// <summary>
/// "Which children is this person the legal guardian (vårdnadshavare) of": the population register's answer.
/// The demo reads the seeded <see cref="DatabaseGuardianships"/>; a real deployment implements this against
/// Skatteverket's register (Navet) and registers it instead. Says nothing about whether the guardian may act as
/// ombud today: <see cref="ProxyRights"/> decides that.
/// </summary>
public interface IGuardianships
{
    /// <returns>The children's 12-digit personnummer; empty when the person is nobody's guardian.</returns>
    Task<IReadOnlyList<string>> ChildrenOfAsync(string guardianPersonnummer, CancellationToken cancellationToken = default);
}
