using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;

namespace FormEngine.Host.Tests.Residents;

/// <summary>Invånarärende questions for the resident tests: staff send a template through the staff pages.</summary>
public static class TemplateReplies
{
    /// <summary>Staff at vc-eksjo send <paramref name="template"/> to the resident; returns the case id once the workflow waits for the reply.</summary>
    public static async Task<string> AskAsync(BootHost host, string template, string personnummer)
    {
        const string newUrl = "/personal/invanararende/nytt";
        var staff = await new StaffBrowser(host, StaffPeople.Birgitta).LogInAsync();
        var response = await staff.SubmitAsync(await staff.PageAsync($"{newUrl}?mall={template}&mottagning=vc-eksjo"), newUrl, null, ("Personnummer", personnummer));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseUrl = response.Headers.Location!.OriginalString;
        var caseId = caseUrl["/personal/arenden/".Length..caseUrl.IndexOf('?')];
        await Eventually.Async(() => StaffCases.CaseAsync(host, caseId), c => c.Status == "VäntarPåInvånare");
        return caseId;
    }

    /// <summary>Posts the engine's form as multipart, with files for file inputs (by name).</summary>
    public static async Task<HttpResponseMessage> PostAsync(ResidentBrowser resident, IDocument page, (string Name, string Value)[] answers,
        (string Field, string FileName, byte[] Bytes)[] files)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form.fe-form") ?? throw new InvalidOperationException("No engine form on the page.");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in ResidentBrowser.Values(form, answers)) content.Add(new StringContent(value), name);
        foreach (var (field, fileName, bytes) in files) content.Add(new ByteArrayContent(bytes), field, fileName);
        return await resident.Client.PostAsync(form.GetAttribute("action"), content);
    }

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
}
