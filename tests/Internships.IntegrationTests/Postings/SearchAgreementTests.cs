using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Postings;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Postings;

/// <summary>
/// Search and applying agree, through the real host and database: over generated students and postings (a fixed seed,
/// plus the edges: birthdays on 29 February and on the start date, grades outside a posting's, inactive students, ended
/// enrolments, revoked badges), a student's eligible-only search lists exactly the postings they can then apply to.
/// And the two search paths (the catalogue, and the database behind an explicit status) list open postings alike.
/// </summary>
public sealed class SearchAgreementTests
{
    private const int RandomPostings = 10;
    private const int RandomStudents = 9;

    private static District District => TestHost.District;

    private static List<int> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()).ToList();

    [Test]
    public async Task Eligible_only_lists_exactly_the_postings_applying_accepts()
    {
        var random = new Random(20261203);
        var today = District.Today;
        var word = $"agreement{District.Next()}";
        var schoolId = await District.CreateSchoolAsync();
        int[] pathways = [await District.CreatePathwayAsync(), await District.CreatePathwayAsync(), await District.CreatePathwayAsync()];
        int[] badges =
        [
            District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body())),
            District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body())),
        ];
        var employerId = await District.CreateEmployerAsync();

        // The edges, with their expected answers. A student born on 29 February of year L-20 turns 20 on 29 February
        // of the leap year L, and 21 only on 1 March of the common year after it.
        var leapYear = Enumerable.Range(today.Year, 9).First(y => DateTime.IsLeapYear(y) && new DateOnly(y, 2, 29) > today.AddDays(30));
        var leapling = await CreateStudentAsync(schoolId, 12, new DateOnly(leapYear - 20, 2, 29), [pathways[0]]);
        var birthdayStart = today.AddDays(40);
        var turnsSeventeenOnStart = await CreateStudentAsync(schoolId, 11, birthdayStart.AddYears(-17), [pathways[0]]);
        var turnsSeventeenTheDayAfter = await CreateStudentAsync(schoolId, 11, birthdayStart.AddYears(-17).AddDays(1), [pathways[0]]);
        var postings = new List<PostingDetails>
        {
            Posting(word, random, new DateOnly(leapYear, 2, 28), 20, [pathways[0]]),
            Posting(word, random, new DateOnly(leapYear, 2, 29), 20, [pathways[0]]),
            Posting(word, random, new DateOnly(leapYear + 1, 2, 28), 21, [pathways[0]]),
            Posting(word, random, new DateOnly(leapYear + 1, 3, 1), 21, [pathways[0]]),
            Posting(word, random, birthdayStart, 17, [pathways[0]]),
        };
        for (var i = 0; i < RandomPostings; i++)
        {
            int? minimumAge = random.Next(3) == 0 ? null : random.Next(16, 19);
            int[] grades = random.Next(3) switch { 0 => [11], 1 => [12], _ => [11, 12] };
            int[] required = random.Next(3) switch { 0 => [badges[0]], 1 when i % 2 == 0 => badges, _ => [] };
            postings.Add(Posting(word, random, today.AddDays(random.Next(30, 200)), minimumAge, Pick(random, pathways, minimum: 1), grades, required));
        }

        var postingIds = await OpenAsync(employerId, postings);
        var edges = new List<(int PostingId, int StudentId, bool Eligible)>
        {
            (postingIds[0], leapling, false), (postingIds[1], leapling, true), (postingIds[2], leapling, false), (postingIds[3], leapling, true),
            (postingIds[4], turnsSeventeenOnStart, true), (postingIds[4], turnsSeventeenTheDayAfter, false),
        };

        var students = new List<int> { leapling, turnsSeventeenOnStart, turnsSeventeenTheDayAfter };
        for (var i = 0; i < RandomStudents; i++)
        {
            var near = postings[random.Next(postings.Count)];
            var born = random.Next(2) == 0
                ? near.StartDate.AddYears(-(near.MinimumAge ?? 17)).AddDays(random.Next(-1, 2))
                : today.AddYears(-random.Next(15, 19)).AddDays(-random.Next(365));
            var grade = random.Next(6) switch { 0 => 10, 1 or 2 => 11, _ => 12 };
            var enrolled = Pick(random, pathways, minimum: 0);
            var studentId = await CreateStudentAsync(schoolId, grade, born, enrolled);
            await ChangeAsync(random, studentId, schoolId, grade, born, enrolled, badges);
            students.Add(studentId);
        }

        var applied = 0;
        var refused = 0;
        foreach (var studentId in students)
        {
            if (!(await District.Coordinator.GetJsonAsync($"/api/students/{studentId}"))["isActive"]!.GetValue<bool>())
            {
                // A student who left the district cannot sign in at all, so has nothing to search or apply with.
                var email = $"left-{District.Next()}@tests.local";
                await District.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Student", studentId }, HttpStatusCode.Created);
                await (await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password }))
                    .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
                continue;
            }

            var client = await District.CreateAccountAsync("Student", studentId: studentId);
            var listed = Ids(await client.GetJsonAsync($"/api/postings?q={word}&eligibleOnly=true&pageSize=100"));
            foreach (var postingId in postingIds)
            {
                var response = await client.PostAsync($"/api/postings/{postingId}/applications", new { statement = "I would like to learn." });
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
                }

                var accepted = response.StatusCode == HttpStatusCode.Created;
                Assert.That(listed.Contains(postingId), Is.EqualTo(accepted),
                    $"student {studentId}, posting {postingId}: search {(listed.Contains(postingId) ? "lists" : "hides")} it, applying " +
                    $"{(accepted ? "accepts" : "refuses: " + await response.Content.ReadAsStringAsync())}");
                if (edges.FirstOrDefault(e => e.PostingId == postingId && e.StudentId == studentId) is { PostingId: > 0 } edge)
                {
                    Assert.That(accepted, Is.EqualTo(edge.Eligible), $"edge: student {studentId}, posting {postingId}");
                }

                _ = accepted ? applied++ : refused++;
            }
        }

        // Both answers must be common, or the agreement says little.
        Assert.That(applied, Is.GreaterThan(10));
        Assert.That(refused, Is.GreaterThan(10));
    }

    [Test]
    public async Task The_catalogue_and_the_database_list_open_postings_alike()
    {
        var random = new Random(7);
        var today = District.Today;
        var word = $"paths{District.Next()}";
        int[] pathways = [await District.CreatePathwayAsync(), await District.CreatePathwayAsync()];
        int[] employers = [await District.CreateEmployerAsync(), await District.CreateEmployerAsync()];
        for (var i = 0; i < 10; i++)
        {
            var remote = random.Next(2) == 0;
            var wage = new[] { 16m, 18m, 18m, 21.5m }[random.Next(4)];
            var location = remote ? null : new[] { "Fresno City Hall", "Kerman water plant" }[random.Next(2)];
            var start = today.AddDays(30);
            await OpenAsync(employers[i % 2], [
                new PostingDetails($"{word} {Letters(random)}", "Work with us.", Pick(random, pathways, minimum: 1), wage, 15m, start,
                    start.AddDays(90), 2, location, remote, today.AddDays(random.Next(1, 4)), [11, 12], null, null),
            ]);
        }

        string[] filters =
        [
            "", "&minWage=18", "&maxWage=18", "&minWage=17&maxWage=20", "&remote=true", "&remote=false", "&location=kerman",
            $"&pathwayId={pathways[0]}", $"&employerId={employers[1]}", "&page=2&pageSize=3",
        ];
        foreach (var sort in new[] { "deadline", "wage", "newest", "title" })
        {
            foreach (var filter in filters)
            {
                var query = $"/api/postings?q={word}&sort={sort}{filter}";
                var fromCatalogue = await District.Coordinator.GetJsonAsync(query);
                var fromDatabase = await District.Coordinator.GetJsonAsync(query + "&status=Open");

                Assert.That(Ids(fromCatalogue), Is.EqualTo(Ids(fromDatabase)), query);
                Assert.That(fromCatalogue["total"]!.GetValue<int>(), Is.EqualTo(fromDatabase["total"]!.GetValue<int>()), query);
                Assert.That(fromCatalogue["items"]!.ToJsonString(), Is.EqualTo(fromDatabase["items"]!.ToJsonString()), query);
            }
        }

        Assert.That((await District.Coordinator.GetJsonAsync($"/api/postings?q={word}"))["total"]!.GetValue<int>(), Is.EqualTo(10));
    }

    private static PostingDetails Posting(string word, Random random, DateOnly start, int? minimumAge, int[] pathwayIds, int[]? grades = null,
        int[]? requiredBadgeIds = null) =>
        new($"{word} {Letters(random)}", "Help our engineers survey sites.", pathwayIds, 18.50m, 15m, start, start.AddDays(90), 2, "City Hall", false,
            District.Today.AddDays(random.Next(1, 20)), grades ?? [11, 12], minimumAge, null, null, requiredBadgeIds);

    /// <summary>
    /// Drafts, submits and approves postings straight through the domain and the host's own DbContext (the API would
    /// take three requests each), so the catalogue hears of them exactly as it does of any committed change.
    /// </summary>
    private static Task<List<int>> OpenAsync(int employerId, IEnumerable<PostingDetails> details) =>
        TestHost.Factory.WithDbAsync(async db =>
        {
            var employer = await db.Employers.SingleAsync(e => e.Id == employerId);
            var postings = new List<InternshipPosting>();
            foreach (var posting in details.Select(d => new InternshipPosting(employerId, d, DateTime.UtcNow)))
            {
                posting.Submit(DateTime.UtcNow);
                posting.Approve(employer, District.Today, DateTime.UtcNow);
                posting.ClearDomainEvents();
                postings.Add(posting);
            }

            db.Postings.AddRange(postings);
            await db.SaveChangesAsync();
            return postings.Select(p => p.Id).ToList();
        });

    private static async Task<int> CreateStudentAsync(int schoolId, int grade, DateOnly born, int[] pathwayIds)
    {
        var n = District.Next();
        var studentId = District.Id(await District.Coordinator.PostJsonAsync("/api/students", new
        {
            sisId = $"SIS-{n}", firstName = "Test", lastName = $"Student{n}", email = $"student{n}@school.local", grade, dateOfBirth = born, schoolId,
        }, HttpStatusCode.Created));
        foreach (var pathwayId in pathwayIds)
        {
            await District.Coordinator.PostJsonAsync($"/api/students/{studentId}/enrolments", new { pathwayId }, HttpStatusCode.Created);
        }

        return studentId;
    }

    /// <summary>What happens to students after enrolment: badges earned (one later revoked), a pathway left, the district left.</summary>
    private static async Task ChangeAsync(Random random, int studentId, int schoolId, int grade, DateOnly born, int[] enrolled, int[] badges)
    {
        foreach (var badgeId in Pick(random, badges, minimum: 0))
        {
            var award = await District.Coordinator.PostJsonAsync($"/api/badges/{badgeId}/awards", new { studentId }, HttpStatusCode.Created);
            if (random.Next(4) == 0)
            {
                await District.Coordinator.PostJsonAsync($"/api/awards/{award["id"]}/revoke", new { reason = "Awarded in error." });
            }
        }

        if (enrolled.Length > 0 && random.Next(4) == 0)
        {
            var response = await District.Coordinator.DeleteAsync($"/api/students/{studentId}/enrolments/{enrolled[0]}");
            await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        }

        if (random.Next(5) == 0)
        {
            await District.Coordinator.ReplaceJsonAsync($"/api/students/{studentId}", new
            {
                firstName = "Test", lastName = "Student", email = $"student{District.Next()}@school.local", grade, dateOfBirth = born, schoolId,
                isActive = false,
            });
        }
    }

    private static int[] Pick(Random random, int[] from, int minimum)
    {
        while (true)
        {
            var picked = from.Where(_ => random.Next(2) == 0).ToArray();
            if (picked.Length >= minimum)
            {
                return picked;
            }
        }
    }

    private static string Letters(Random random) => new(Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26))).ToArray());
}
