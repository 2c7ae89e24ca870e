using System.Net;
using System.Net.Http.Json;
using Internships.Application.Features.Reports;
using Internships.Domain.Applications;
using Internships.Domain.Reports;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Reports;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Reports;

/// <summary>Reports through HTTP: requested, produced by the job server in the host, polled, listed and downloaded.</summary>
public sealed class ReportsTests
{
    private static District District => TestHost.District;

    private static async Task<(PlacementScenario Scenario, string Badge)> CompletedPlacementWithBadgeAsync()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var badge = $"Field Surveyor {District.Next()}";
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(badge, new { pathwayId = scenario.PathwayId }));
        await scenario.CompleteAsync(District, finalScore: 4, finalOverrides: new() { ["communication"] = 2 });
        return (scenario, badge);
    }

    private static async Task<string> StudentNameAsync(PlacementScenario scenario) =>
        (await District.Coordinator.GetJsonAsync(scenario.Url))["studentName"]!.GetValue<string>();

    [Test]
    public async Task A_student_requests_their_placement_report_and_downloads_a_PDF_that_says_what_happened()
    {
        var (scenario, badge) = await CompletedPlacementWithBadgeAsync();
        var placement = await District.Coordinator.GetJsonAsync(scenario.Url);

        var response = await scenario.Student.Client!.PostAsync($"{scenario.Url}/report");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var queued = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        var id = District.Id(queued);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/reports/{id}"));
        Assert.That(queued["kind"]!.GetValue<string>(), Is.EqualTo("Placement"));
        Assert.That(queued["placement"]!.GetValue<string>(),
            Is.EqualTo($"{placement["studentName"]!.GetValue<string>()}, {placement["postingTitle"]!.GetValue<string>()}"), "named, not numbered");

        var ready = await Support.Reports.WaitUntilDoneAsync(scenario.Student.Client, $"/api/reports/{id}");
        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Ready"), ready.ToJsonString());
        Assert.That(ready["fileUrl"]!.GetValue<string>(), Is.EqualTo($"/api/reports/{id}/file"));

        var pages = await Support.Reports.DownloadPagesAsync(scenario.Student.Client, id);
        var text = string.Join("\n", pages);
        Assert.Multiple(() =>
        {
            Assert.That(ready["pageCount"]!.GetValue<int>(), Is.EqualTo(pages.Count));
            Assert.That(text, Does.Contain(placement["studentName"]!.GetValue<string>()));
            Assert.That(text, Does.Contain(placement["employerName"]!.GetValue<string>()));
            Assert.That(text, Does.Contain(placement["postingTitle"]!.GetValue<string>()));
            Assert.That(text, Does.Contain(placement["supervisorName"]!.GetValue<string>()));
            Assert.That(text, Does.Contain("10 of 10 required"), "approved hours");
            Assert.That(text, Does.Contain("Completed"));
            Assert.That(text, Does.Contain("Reliable, curious and kind to the public."), "testimonial");
            Assert.That(text, Does.Contain(badge));
            Assert.That(text, Does.Contain("/badges/"), "the badge's verification link");
            Assert.That(text, Does.Contain("Midpoint").And.Contain("Final"), "the scores' chart legend and columns");
            Assert.That(text, Does.Contain("Communication 3 2 -1"), "communication fell from 3 at midpoint to 2 at the end");
            Assert.That(text, Does.Contain("Problem solving 3 4 +1"));
        });
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.That(pages[i], Does.StartWith(ReportLayouts.PlacementReportHeader).Or.Contain(ReportLayouts.PlacementReportHeader));
            Assert.That(pages[i], Does.Contain($"Page {i + 1} of {pages.Count}"));
        }
    }

    [Test]
    public async Task A_report_asked_for_in_Spanish_is_written_in_Spanish_and_a_language_the_district_does_not_write_is_refused()
    {
        var (scenario, badge) = await CompletedPlacementWithBadgeAsync();

        await (await scenario.Student.Client!.PostAsync($"{scenario.Url}/report?language=fr-FR")).ShouldBeValidationProblemAsync("language");
        var queued = await scenario.Student.Client.PostJsonAsync($"{scenario.Url}/report?language=es-US", expected: HttpStatusCode.Accepted);
        Assert.That(queued["language"]!.GetValue<string>(), Is.EqualTo("es-US"));
        var ready = await Support.Reports.WaitUntilDoneAsync(scenario.Student.Client, $"/api/reports/{District.Id(queued)}");
        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Ready"), ready.ToJsonString());

        var pages = await Support.Reports.DownloadPagesAsync(scenario.Student.Client, District.Id(queued));
        var text = string.Join("\n", pages);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Horas y ganancias").And.Contain("Evaluaciones").And.Contain("Testimonio").And.Contain("Insignias obtenidas"));
            Assert.That(text, Does.Contain("10 de 10 requeridas"), "approved hours");
            Assert.That(text, Does.Contain("Estado: Completada"));
            Assert.That(text, Does.Contain("Intermedia").And.Contain("Competencia"));
            Assert.That(text, Does.Contain("Reliable, curious and kind to the public."), "the supervisor's own words stay as written");
            Assert.That(text, Does.Contain(badge));
            Assert.That(text, Does.Not.Contain("Hours and earnings").And.Not.Contain("Approved hours").And.Not.Contain("Testimonial"));
        });
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.That(pages[i], Does.Contain(ReportLayouts.PlacementReportHeaderEs));
            Assert.That(pages[i], Does.Contain($"Página {i + 1} de {pages.Count}"));
        }

        // Asked for from a Spanish client without a language, it is Spanish too; an English one stays English.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{scenario.Url}/report");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var english = (await (await scenario.Student.Client.Http.SendAsync(request)).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        Assert.That(english["language"]!.GetValue<string>(), Is.EqualTo("en-US"));
    }

    [Test]
    public async Task A_term_summary_asked_for_in_Spanish_has_Spanish_headings_states_and_dates()
    {
        var (scenario, badge) = await CompletedPlacementWithBadgeAsync();
        var student = await StudentNameAsync(scenario);
        var name = $"Otoño {District.Next()}";
        var body = new { name, from = District.Today.AddDays(-30), to = District.Today.AddDays(30) };

        await (await District.Coordinator.PostAsync("/api/reports/term-summary?language=fr-FR", body)).ShouldBeValidationProblemAsync("language");
        var queued = await District.Coordinator.PostJsonAsync("/api/reports/term-summary?language=es-US", body, HttpStatusCode.Accepted);
        Assert.That(queued["language"]!.GetValue<string>(), Is.EqualTo("es-US"));
        var ready = await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{District.Id(queued)}");
        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Ready"), ready.ToJsonString());

        var pages = await Support.Reports.DownloadPagesAsync(District.Coordinator, District.Id(queued));
        var text = string.Join("\n", pages);
        var spanish = System.Globalization.CultureInfo.GetCultureInfo("es-US");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain($"{name}: las pasantías de un vistazo"));
            Assert.That(text, Does.Contain("Pasantías por trayectoria").And.Contain("Pasantías por empleador").And.Contain("Pasantías por escuela"));
            Assert.That(text, Does.Contain("Tasa de finalización").And.Contain("Revisión de equidad").And.Contain("Solicitudes por oferta"));
            Assert.That(text, Does.Contain("Todas las pasantías").And.Contain("Completada"), "the heading and a placement's state");
            Assert.That(text, Does.Contain($"{District.Today.AddDays(-30).ToString("d MMM yyyy", spanish)} – {District.Today.AddDays(30).ToString("d MMM yyyy", spanish)}"),
                "the term's dates written the Spanish way");
            Assert.That(text, Does.Contain(badge), "names stay as written");
            Assert.That(text, Does.Contain(student.Split(' ')[^1]), "the student's placement is listed");
            Assert.That(text, Does.Not.Contain("Placements by pathway").And.Not.Contain("All placements").And.Not.Contain("Completion rate"));
        });
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.That(pages[i], Does.Contain($"{ReportLayouts.TermSummaryHeaderEs}: {name}"));
            Assert.That(pages[i], Does.Contain($"Página {i + 1} de {pages.Count}"));
        }

        // Without a language, the asker's: an English client gets English.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/term-summary") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var english = (await (await District.Coordinator.Http.SendAsync(request)).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        Assert.That(english["language"]!.GetValue<string>(), Is.EqualTo("en-US"));
    }

    [Test]
    public async Task The_employer_and_the_supervisor_see_the_report_and_other_students_and_employers_do_not()
    {
        var (scenario, _) = await CompletedPlacementWithBadgeAsync();
        var report = await District.Coordinator.PostJsonAsync($"{scenario.Url}/report", expected: HttpStatusCode.Accepted);
        var id = District.Id(report);
        await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{id}");

        Assert.That((await scenario.Employer.Client.GetJsonAsync($"/api/reports/{id}"))["requestedBy"], Is.Null,
            "who asked (an e-mail address) is for coordinators and the asker");
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/reports/{id}"))["requestedBy"]!.GetValue<string>(), Does.Contain("@"));

        var others = await PlacementScenario.CreateAsync(District);
        foreach (var client in new[] { scenario.Employer.Client, scenario.Supervisor.Client, scenario.Student.Client! })
        {
            Assert.That((await client.GetAsync($"/api/reports/{id}/file")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var list = await client.GetJsonAsync($"/api/reports?placementId={scenario.PlacementId}");
            Assert.That(list["items"]!.AsArray().Select(r => r!["id"]!.GetValue<int>()), Does.Contain(id));
        }

        foreach (var client in new[] { others.Employer.Client, others.Supervisor.Client, others.Student.Client! })
        {
            await (await client.GetAsync($"/api/reports/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await client.GetAsync($"/api/reports/{id}/file")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            var list = await client.GetJsonAsync("/api/reports?pageSize=100");
            Assert.That(list["items"]!.AsArray().Select(r => r!["id"]!.GetValue<int>()), Does.Not.Contain(id));
        }
    }

    [Test]
    public async Task A_coordinator_gets_a_term_summary_with_the_terms_placements_and_nobody_else_may_ask_for_one()
    {
        var (scenario, badge) = await CompletedPlacementWithBadgeAsync();
        var student = await StudentNameAsync(scenario);

        var report = await District.Coordinator.PostJsonAsync("/api/reports/term-summary",
            new { name = "Test term", from = District.Today.AddDays(-30), to = District.Today.AddDays(30) }, HttpStatusCode.Accepted);
        var ready = await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{District.Id(report)}");
        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Ready"), ready.ToJsonString());

        var pages = await Support.Reports.DownloadPagesAsync(District.Coordinator, District.Id(report));
        var text = string.Join("\n", pages);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Test term: internships at a glance"));
            Assert.That(text, Does.Contain("Placements by pathway").And.Contain("Placements by employer").And.Contain("Placements by school"));
            Assert.That(text, Does.Contain("Completion rate"));
            Assert.That(text, Does.Contain("Equity review"));
            Assert.That(text, Does.Contain("Applications per posting"));
            Assert.That(text, Does.Contain(badge), "badges awarded in the term");
            Assert.That(text, Does.Contain("All placements"));
            // A narrow column may wrap the name over two lines; the surname is one word.
            Assert.That(text, Does.Contain(student.Split(' ')[^1]), "the student's placement is listed");
        });
        Assert.That(pages, Has.All.Contain("Term summary: Test term"));

        await (await scenario.Student.Client!.PostAsync("/api/reports/term-summary", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await scenario.Employer.Client.GetAsync($"/api/reports/{District.Id(report)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_term_summary_counts_each_postings_applications_offers_and_acceptances_and_each_applicant_once()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        // Two more applicants to the same posting: one offered, one still waiting; the offered one also applies elsewhere.
        var offered = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId]);
        var waiting = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId]);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{await District.ApplyAsync(offered, scenario.PostingId)}/offer");
        await District.ApplyAsync(waiting, scenario.PostingId);
        var other = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId]);
        await District.ApplyAsync(offered, other);

        var term = new ReportTerm("Counted term", District.Today.AddDays(-400), District.Today.AddDays(400));
        TermSummaryData summary;
        await using (var scope = District.Factory.Services.CreateAsyncScope())
        {
            summary = await scope.ServiceProvider.GetRequiredService<TermSummarySource>().LoadAsync(term, CancellationToken.None);
        }

        // The same figures counted the plain way, from every application of the term's postings.
        var expected = await District.Factory.WithDbAsync(async db =>
        {
            var applications = await db.Applications.AsNoTracking()
                .Where(a => a.Posting!.StartDate <= term.End && a.Posting.EndDate >= term.Start)
                .Select(a => new { a.Status, a.StudentId })
                .ToListAsync();
            return (Applications: applications.Count,
                Offers: applications.Count(a => a.Status is ApplicationStatus.Offered or ApplicationStatus.Accepted or ApplicationStatus.Declined),
                Accepted: applications.Count(a => a.Status == ApplicationStatus.Accepted),
                Applicants: applications.Select(a => a.StudentId).Distinct().Count());
        });

        var posting = await District.Factory.WithDbAsync(db =>
            db.Postings.Where(p => p.Id == scenario.PostingId).Select(p => new { p.Title, Employer = p.Employer!.Name }).SingleAsync());
        var row = summary.Postings.Single(p => p.Posting == posting.Title && p.Employer == posting.Employer);
        Assert.Multiple(() =>
        {
            Assert.That((row.Applications, row.Offers, row.Accepted), Is.EqualTo((3, 2, 1)), "submitted + offered + accepted");
            Assert.That(summary.Applicants.Select(a => a.StudentId), Is.Unique);
            Assert.That(summary.Applicants, Has.Count.EqualTo(expected.Applicants));
            Assert.That(summary.Applicants.Select(a => a.StudentId), Does.Contain(offered.StudentId).And.Contain(waiting.StudentId));
            Assert.That((summary.Postings.Sum(p => p.Applications), summary.Postings.Sum(p => p.Offers), summary.Postings.Sum(p => p.Accepted)),
                Is.EqualTo((expected.Applications, expected.Offers, expected.Accepted)));
        });
    }

    [Test]
    public async Task A_term_summary_with_dates_out_of_order_is_refused()
    {
        var response = await District.Coordinator.PostAsync("/api/reports/term-summary",
            new { from = District.Today, to = District.Today.AddDays(-1) });
        await response.ShouldBeValidationProblemAsync("to");
    }

    [Test]
    public async Task Running_the_job_again_for_a_ready_report_changes_nothing()
    {
        var (scenario, _) = await CompletedPlacementWithBadgeAsync();
        var report = await District.Coordinator.PostJsonAsync($"{scenario.Url}/report", expected: HttpStatusCode.Accepted);
        var id = District.Id(report);
        var ready = await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{id}");

        await using (var scope = District.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GenerateReportJob>().RunAsync(id, CancellationToken.None);
        }

        var again = await District.Coordinator.GetJsonAsync($"/api/reports/{id}");
        Assert.That(again["attempts"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(again["completedAt"]!.ToString(), Is.EqualTo(ready["completedAt"]!.ToString()));
        Assert.That(await District.Factory.WithDbAsync(db => db.ReportFiles.CountAsync(f => f.ReportId == id)), Is.EqualTo(1));
    }

    /// <summary>A report row written straight to the database, as if no job had ever been queued for it.</summary>
    private static Task<int> InsertWithoutJobAsync(int placementId, string status, DateTime requestedAt, string? error = null) =>
        District.Factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Reports" ("Kind", "PlacementId", "Status", "RequestedBy", "RequestedAt", "Attempts", "Error")
                VALUES ('Placement', {placementId}, {status}, 'test', {requestedAt}, 0, {error})
                """);
            return await db.Reports.Where(r => r.PlacementId == placementId).MaxAsync(r => r.Id);
        });

    [Test]
    public async Task A_report_left_queued_by_a_crash_is_produced_by_the_requeue_job()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var id = await InsertWithoutJobAsync(scenario.PlacementId, "Queued", DateTime.UtcNow.AddHours(-1));
        var fresh = await InsertWithoutJobAsync(scenario.PlacementId, "Queued", DateTime.UtcNow);

        await using (var scope = District.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RequeueStalledReportsJob>().RunAsync(CancellationToken.None);
        }

        var ready = await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{id}");
        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Ready"));
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/reports/{fresh}"))["status"]!.GetValue<string>(), Is.EqualTo("Queued"),
            "a report requested a moment ago is not stalled");
    }

    [Test]
    public async Task A_report_that_cannot_be_produced_is_recorded_failed_and_its_job_fails_so_it_is_retried()
    {
        // A term summary that names no term: producing it fails after the attempt has started.
        var id = await District.Factory.WithDbAsync(async db =>
        {
            var requestedBy = $"broken-{District.Next()}";
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Reports" ("Kind", "Status", "RequestedBy", "RequestedAt", "Attempts")
                VALUES ('TermSummary', 'Queued', {requestedBy}, {DateTime.UtcNow}, 0)
                """);
            return await db.Reports.Where(r => r.RequestedBy == requestedBy).Select(r => r.Id).SingleAsync();
        });

        await using (var scope = District.Factory.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<GenerateReportJob>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunAsync(id, CancellationToken.None));
        }

        var failed = await District.Coordinator.GetJsonAsync($"/api/reports/{id}");
        Assert.That(failed["status"]!.GetValue<string>(), Is.EqualTo("Failed"), "the failure commits, though the job fails");
        Assert.That(failed["error"]!.GetValue<string>(), Does.Contain("names no term"));
        Assert.That(failed["attempts"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(await District.Factory.WithDbAsync(db => db.ReportFiles.CountAsync(f => f.ReportId == id)), Is.Zero);
    }

    [Test]
    public async Task Downloading_a_report_that_is_not_ready_is_a_conflict()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var failed = await InsertWithoutJobAsync(scenario.PlacementId, "Failed", DateTime.UtcNow, "The disk was full.");
        var queued = await InsertWithoutJobAsync(scenario.PlacementId, "Queued", DateTime.UtcNow);

        var problem = await (await District.Coordinator.GetAsync($"/api/reports/{failed}/file")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.ToJsonString(), Does.Contain("failed"));
        problem = await (await District.Coordinator.GetAsync($"/api/reports/{queued}/file")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.ToJsonString(), Does.Contain("queued"));
    }

    /// <summary>The term-end job's request for a chosen day, sent as that job sends it: through the job runner, as the system identity.</summary>
    private static Task RunTermEndJobAsync(DateOnly today) =>
        District.Factory.Services.GetRequiredService<JobRunner>()
            .SendAsync(new RequestTermEndSummaryCommand(today, new ReportOptions().TermSummaryWindowDays), CancellationToken.None);

    [Test]
    public async Task At_term_end_the_schedule_requests_the_terms_summary_once()
    {
        // The district's terms are configured (the names are unique, so another run of this test finds them there).
        foreach (var (name, start, end) in new[] { ("Fall 2030", "2030-08-01", "2031-01-31"), ("Spring 2031", "2031-02-01", "2031-07-31") })
        {
            var response = await District.Coordinator.PostAsync("/api/terms", new { name, startDate = DateOnly.Parse(start), endDate = DateOnly.Parse(end) });
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
        }

        var fall = new DateOnly(2030, 8, 1);
        Task<List<Report>> FallReportsAsync() => District.Factory.WithDbAsync(db =>
            db.Reports.Where(r => r.Kind == ReportKind.TermSummary && r.TermStart == fall).ToListAsync());

        await RunTermEndJobAsync(new DateOnly(2031, 1, 20));
        Assert.That(await FallReportsAsync(), Is.Empty, "the term has not ended");

        await RunTermEndJobAsync(new DateOnly(2031, 2, 3));
        await RunTermEndJobAsync(new DateOnly(2031, 2, 4));
        var reports = await FallReportsAsync();
        Assert.That(reports, Has.Count.EqualTo(1));
        Assert.That((reports[0].TermName, reports[0].TermEnd, reports[0].RequestedBy),
            Is.EqualTo(("Fall 2030", (DateOnly?)new DateOnly(2031, 1, 31), "schedule")));
        var ready = await Support.Reports.WaitUntilDoneAsync(District.Coordinator, $"/api/reports/{reports[0].Id}");
        Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Ready"));

        var spring = new DateOnly(2031, 2, 1);
        await RunTermEndJobAsync(new DateOnly(2031, 8, 30));
        Assert.That(await District.Factory.WithDbAsync(db => db.Reports.CountAsync(r => r.TermStart == spring)), Is.Zero,
            "a month after the end is too late to be the term-end run");
    }
}
