using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Internships.BrowserTests.Support;

/// <summary>
/// A small matching round of the demo student's own, with one posting of the demo employer the student may rank (so
/// the demo employer ranks the student too), made through the API; the rest of the demo district is left as it was.
/// </summary>
public sealed record StudentRound(int RoundId, string Name, int PostingId, string PostingTitle, int StudentId)
{
    public static async Task<StudentRound> CreateAsync(string name)
    {
        using var studentApi = await BrowserSession.ApiAsync("student@demo.local");
        var demoRound = (await studentApi.GetFromJsonAsync<JsonObject>("/api/match-rounds"))!["items"]![0]!["id"]!.GetValue<int>();
        using var employerApi = await BrowserSession.ApiAsync("employer@demo.local");
        var employerId = (await employerApi.GetFromJsonAsync<JsonObject>("/api/me"))!["employerId"]!.GetValue<int>();
        var eligible = (await studentApi.GetFromJsonAsync<JsonObject>($"/api/match-rounds/{demoRound}/postings?eligibleOnly=true&pageSize=100"))!["items"]!
            .AsArray().First(p => p!["employerId"]!.GetValue<int>() == employerId)!;
        var postingId = eligible["postingId"]!.GetValue<int>();
        var studentId = (await studentApi.GetFromJsonAsync<JsonObject>("/api/me"))!["studentId"]!.GetValue<int>();
        using var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        var created = await coordinatorApi.PostAsJsonAsync("/api/match-rounds", new
        {
            name, term = "Spring 2027", preferenceDeadline = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"),
            postingIds = new[] { postingId }, studentIds = new[] { studentId },
        });
        created.EnsureSuccessStatusCode();
        var roundId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        return new StudentRound(roundId, name, postingId, eligible["title"]!.GetValue<string>(), studentId);
    }
}
