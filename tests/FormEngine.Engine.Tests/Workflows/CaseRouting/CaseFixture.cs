using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>The shared <see cref="ActivityTestFixture"/> with the case activities registered and <see cref="InMemoryCases"/> as every case service.</summary>
internal static class CaseFixture
{
    public static ActivityTestFixture For(InMemoryCases cases, string? caseId = "case-1")
    {
        var fixture = new ActivityTestFixture(CaseRoutingActivities.AddTo(new ActivityRegistry()))
            .WithService<ICaseQueues>(cases).WithService<ICaseStatuses>(cases).WithService<IResidentMessages>(cases)
            .WithService<INotificationOutbox>(cases).WithService<ICaseClosing>(cases);
        if (caseId is not null) fixture.Context.Inputs["caseId"] = caseId;
        return fixture;
    }

    /// <summary>A bookmark as the runtime stores it, for any request of a Suspended result (the fixture's helper takes the first).</summary>
    public static Bookmark Stored(this ActivityTestFixture fixture, BookmarkRequest request) =>
        new("bookmark-" + request.Name, fixture.Context.WorkflowInstanceId, fixture.Context.ActivityId, request.Name,
            Bookmark.HashOf(request.Name, request.Stimulus), fixture.Context.CorrelationId, request.ResumeAt, request.Payload, fixture.Context.Now);

    public static IReadOnlyList<string> OutcomesOf(ActivityResult result) => Assert.IsType<ActivityResult.Completed>(result).Outcomes;

    public static string FaultCodeOf(ActivityResult result) => Assert.IsType<ActivityResult.Faulted>(result).Code;

    public static IReadOnlyList<BookmarkRequest> BookmarksOf(ActivityResult result) => Assert.IsType<ActivityResult.Suspended>(result).Bookmarks;
}
