using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Postings;

/// <summary>Every rule of a posting's fields, through the real endpoint: a 400 naming the field, and nothing stored.</summary>
public sealed class PostingValidationTests
{
    private static District District => TestHost.District;

    private static readonly object[] Cases =
    [
        new object[] { "title", (Action<Dictionary<string, object?>>)(b => b["title"] = "") },
        new object[] { "title", (Action<Dictionary<string, object?>>)(b => b["title"] = new string('t', 121)) },
        new object[] { "description", (Action<Dictionary<string, object?>>)(b => b["description"] = new string('d', 4001)) },
        new object[] { "pathwayIds", (Action<Dictionary<string, object?>>)(b => b["pathwayIds"] = Array.Empty<int>()) },
        new object[] { "pathwayIds", (Action<Dictionary<string, object?>>)(b => b["pathwayIds"] = new[] { 987654 }) },
        new object[] { "hourlyWage", (Action<Dictionary<string, object?>>)(b => b["hourlyWage"] = -5m) },
        new object[] { "hourlyWage", (Action<Dictionary<string, object?>>)(b => b["hourlyWage"] = 18.555m) },
        new object[] { "hoursPerWeek", (Action<Dictionary<string, object?>>)(b => b["hoursPerWeek"] = 60m) },
        new object[] { "slots", (Action<Dictionary<string, object?>>)(b => b["slots"] = 0) },
        new object[] { "endDate", (Action<Dictionary<string, object?>>)(b => b["endDate"] = ((DateOnly)b["startDate"]!).AddDays(-1)) },
        new object[] { "startDate", (Action<Dictionary<string, object?>>)(b => b["startDate"] = District.Today.AddDays(-1)) },
        new object[] { "applicationDeadline", (Action<Dictionary<string, object?>>)(b => b["applicationDeadline"] = District.Today.AddDays(-1)) },
        new object[] { "applicationDeadline", (Action<Dictionary<string, object?>>)(b => b["applicationDeadline"] = ((DateOnly)b["startDate"]!).AddDays(1)) },
        new object[] { "location", (Action<Dictionary<string, object?>>)(b => b["location"] = null) },
        new object[] { "eligibleGrades", (Action<Dictionary<string, object?>>)(b => b["eligibleGrades"] = new[] { 9 }) },
        new object[] { "minimumAge", (Action<Dictionary<string, object?>>)(b => b["minimumAge"] = 30) },
    ];

    [TestCaseSource(nameof(Cases))]
    public async Task Bad_field_is_named_and_nothing_is_stored(string field, Action<Dictionary<string, object?>> spoil)
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var body = District.PostingBody([pathwayId]);
        body.Remove("employerId");
        spoil(body);

        var response = await employer.Client.PostAsync("/api/postings", body);

        await response.ShouldBeValidationProblemAsync(field);
        var stored = await District.Factory.WithDbAsync(db => Task.FromResult(db.Postings.Count(p => p.EmployerId == employer.EmployerId)));
        Assert.That(stored, Is.Zero);
    }

    [Test]
    public async Task The_problem_says_what_the_page_says_naming_fields_as_labelled_and_dates_as_written()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var body = District.PostingBody([pathwayId]);
        body.Remove("employerId");
        body["hoursPerWeek"] = 45m;
        body["applicationDeadline"] = District.Today.AddDays(-1);
        body["title"] = "";

        var problem = await (await employer.Client.PostAsync("/api/postings", body)).ShouldBeValidationProblemAsync("hoursPerWeek", "applicationDeadline", "title");

        Assert.That(problem["errors"]!["hoursPerWeek"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { "Hours a week must be 40 or fewer." }));
        Assert.That(problem["errors"]!["applicationDeadline"]!.AsArray().Select(m => m!.GetValue<string>()),
            Is.EqualTo(new[] { $"The apply-by date cannot be in the past: choose {Internships.Domain.Common.Days.Written(District.Today)} or later." }));
        Assert.That(problem["errors"]!["title"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { "Enter the posting's title." }),
            "one message a field: an empty title is not also too short or too long");
    }

    [Test]
    public async Task Remote_posting_needs_no_location()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();

        var id = await District.CreateDraftPostingAsync(employer, [pathwayId], b =>
        {
            b["location"] = null;
            b["isRemote"] = true;
        });

        Assert.That(id, Is.Positive);
    }
}
