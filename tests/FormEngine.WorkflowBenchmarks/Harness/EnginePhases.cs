namespace FormEngine.WorkflowBenchmarks.Harness;

/// <summary>A workflow engine's two measured phases in one configuration.</summary>
public sealed record EnginePhases(Measurement Starts, Measurement Resumes);
