using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Postings;

public sealed class SearchPostingsTests
{
    private static District District => TestHost.District;

    private static List<int> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()).ToList();

    [Test]
    public async Task Lists_only_postings_taking_applications_by_default()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var open = await District.CreateOpenPostingAsync(employer, [pathwayId]);
        var closed = await District.CreateOpenPostingAsync(employer, [pathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{closed}/close");
        await District.CreateDraftPostingAsync(employer, [pathwayId]);

        var page = await District.Coordinator.GetJsonAsync($"/api/postings?pathwayId={pathwayId}");

        Assert.That(Ids(page), Is.EqualTo(new[] { open }));
        Assert.That(page["total"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(page["items"]![0]!["pathwayIds"]!.AsArray().Select(p => p!.GetValue<int>()), Is.EqualTo(new[] { pathwayId }));
    }

    [Test]
    public async Task Filters_by_text_wage_location_and_remote()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var word = $"hydrology{District.Next()}";
        var water = await District.CreateOpenPostingAsync(employer, [pathwayId], b =>
        {
            b["title"] = $"Water {word} intern";
            b["hourlyWage"] = 22m;
            b["location"] = "Kerman water plant";
        });
        var remote = await District.CreateOpenPostingAsync(employer, [pathwayId], b =>
        {
            b["description"] = $"Remote GIS work with a {word} team (100% online)";
            b["hourlyWage"] = 16m;
            b["location"] = null;
            b["isRemote"] = true;
        });

        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?q={word}&sort=title")), Is.EquivalentTo(new[] { water, remote }));
        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?q={word}&minWage=20")), Is.EqualTo(new[] { water }));
        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?q={word}&maxWage=17.5")), Is.EqualTo(new[] { remote }));
        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?pathwayId={pathwayId}&location=kerman")), Is.EqualTo(new[] { water }));
        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?pathwayId={pathwayId}&remote=true")), Is.EqualTo(new[] { remote }));
        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?q={Uri.EscapeDataString("100%")}&pathwayId={pathwayId}")),
            Is.EqualTo(new[] { remote }), "a % typed by the user matches itself");

        var employerName = (await District.Coordinator.GetJsonAsync($"/api/employers/{employer.EmployerId}"))["name"]!.GetValue<string>();
        Assert.That(Ids(await District.Coordinator.GetJsonAsync($"/api/postings?q={Uri.EscapeDataString(employerName)}")), Is.EquivalentTo(new[] { water, remote }));
    }

    [Test]
    public async Task Sorts_and_pages()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var wages = new[] { 17m, 21m, 19m };
        var ids = new List<int>();
        for (var i = 0; i < wages.Length; i++)
        {
            var wage = wages[i];
            var deadlineOffset = 20 - i;
            ids.Add(await District.CreateOpenPostingAsync(employer, [pathwayId], b =>
            {
                b["hourlyWage"] = wage;
                b["applicationDeadline"] = District.Today.AddDays(deadlineOffset);
            }));
        }

        var byWage = await District.Coordinator.GetJsonAsync($"/api/postings?pathwayId={pathwayId}&sort=wage");
        Assert.That(byWage["items"]!.AsArray().Select(i => i!["hourlyWage"]!.GetValue<decimal>()), Is.EqualTo(new[] { 21m, 19m, 17m }));

        var byDeadline = await District.Coordinator.GetJsonAsync($"/api/postings?pathwayId={pathwayId}");
        Assert.That(Ids(byDeadline), Is.EqualTo(new[] { ids[2], ids[1], ids[0] }), "soonest deadline first by default");

        var secondPage = await District.Coordinator.GetJsonAsync($"/api/postings?pathwayId={pathwayId}&sort=WAGE&page=2&pageSize=2");
        Assert.That(secondPage["items"]!.AsArray().Select(i => i!["hourlyWage"]!.GetValue<decimal>()), Is.EqualTo(new[] { 17m }));
        Assert.That(secondPage["total"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(secondPage["pageSize"]!.GetValue<int>(), Is.EqualTo(2));

        await (await District.Coordinator.GetAsync("/api/postings?sort=cheapest")).ShouldBeValidationProblemAsync("sort");
    }

    [Test]
    public async Task Eligible_only_keeps_the_postings_a_student_may_apply_to()
    {
        var schoolId = await District.CreateSchoolAsync();
        var myPathway = await District.CreatePathwayAsync();
        var otherPathway = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var word = $"eligibility{District.Next()}";
        void Tag(Dictionary<string, object?> b) => b["title"] = $"{word} {District.Next()}";

        var eligible = await District.CreateOpenPostingAsync(employer, [myPathway, otherPathway], Tag);
        await District.CreateOpenPostingAsync(employer, [myPathway], b => { Tag(b); b["eligibleGrades"] = new[] { 12 }; });
        await District.CreateOpenPostingAsync(employer, [myPathway], b => { Tag(b); b["minimumAge"] = 18; });
        await District.CreateOpenPostingAsync(employer, [otherPathway], Tag);
        var student = await District.CreateStudentAsync(schoolId, [myPathway], grade: 11, age: 16);

        var everything = await student.Client!.GetJsonAsync($"/api/postings?q={word}");
        Assert.That(everything["total"]!.GetValue<int>(), Is.EqualTo(4));

        var mine = await student.Client.GetJsonAsync($"/api/postings?q={word}&eligibleOnly=true");
        Assert.That(Ids(mine), Is.EqualTo(new[] { eligible }));

        var senior = await District.CreateStudentAsync(schoolId, [myPathway], grade: 12, age: 18);
        var seniors = await senior.Client!.GetJsonAsync($"/api/postings?q={word}&eligibleOnly=true");
        Assert.That(seniors["total"]!.GetValue<int>(), Is.EqualTo(3));

        var notEnrolled = await District.CreateStudentAsync(schoolId, [], grade: 11);
        Assert.That((await notEnrolled.Client!.GetJsonAsync($"/api/postings?q={word}&eligibleOnly=true"))["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Unpublished_postings_are_listed_only_to_their_employer_and_coordinators()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var mine = await District.CreateEmployerWithAdminAsync();
        var theirs = await District.CreateEmployerWithAdminAsync();
        var myDraft = await District.CreateDraftPostingAsync(mine, [pathwayId]);
        await District.CreateDraftPostingAsync(theirs, [pathwayId]);

        Assert.That(Ids(await mine.Client.GetJsonAsync($"/api/postings?status=Draft&pathwayId={pathwayId}")), Is.EqualTo(new[] { myDraft }));
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/postings?status=Draft&pathwayId={pathwayId}"))["total"]!.GetValue<int>(), Is.EqualTo(2));

        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [pathwayId])).Client!;
        await (await student.GetAsync("/api/postings?status=Draft")).ShouldBeValidationProblemAsync("status");
        await (await District.Admin.GetAsync("/api/postings?status=Draft")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync("/api/postings?eligibleOnly=true")).ShouldBeValidationProblemAsync("eligibleOnly");
    }

    [Test]
    public async Task Drafts_are_hidden_from_other_employers_and_students()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var mine = await District.CreateEmployerWithAdminAsync();
        var theirs = await District.CreateEmployerWithAdminAsync();
        var draft = await District.CreateDraftPostingAsync(mine, [pathwayId]);
        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [pathwayId])).Client!;

        await (await theirs.Client.GetAsync($"/api/postings/{draft}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await student.GetAsync($"/api/postings/{draft}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await mine.Client.GetJsonAsync($"/api/postings/{draft}");
    }
}
