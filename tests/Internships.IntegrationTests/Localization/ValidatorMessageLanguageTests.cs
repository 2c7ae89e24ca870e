using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The validators' last messages that were English literals now come by key: the API's 400 problem details list them
/// under the field in Spanish when Accept-Language asks for it (tú to a student, usted to staff), and in the English
/// they always were otherwise.
/// </summary>
public sealed class ValidatorMessageLanguageTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_posting_returned_without_a_reason_is_refused_in_the_coordinator_s_language()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var id = await District.CreateDraftPostingAsync(employer, [pathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{id}/submit");

        var spanish = await ErrorsAsync(District.Coordinator, HttpMethod.Post, $"/api/postings/{id}/return", new { reason = "" }, "es-US", "reason");
        Assert.That(spanish, Is.EqualTo(new[] { "Escriba el motivo: qué debe cambiar el empleador." }));

        var english = await ErrorsAsync(District.Coordinator, HttpMethod.Post, $"/api/postings/{id}/return", new { reason = "" }, "en-US", "reason");
        Assert.That(english, Is.EqualTo(new[] { "Enter the reason: what the employer should change." }));
    }

    [Test]
    public async Task A_student_s_match_choices_left_out_are_asked_for_in_Spanish()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var round = await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Ronda de primavera {District.Next()}",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(7),
            maxChoices = 3,
            allowOtherPathways = false,
            postingIds = new[] { scenario.PostingId },
            studentIds = new[] { student.StudentId },
        }, HttpStatusCode.Created);
        var url = $"/api/match-rounds/{District.Id(round)}/my-choices";

        var spanish = await ErrorsAsync(student.Client!, HttpMethod.Put, url, new { postingIds = (int[]?)null }, "es-MX,es;q=0.9", "postingIds");
        Assert.That(spanish, Is.EqualTo(new[] { "Elige las ofertas, con tu primera opción al principio." }));

        var english = await ErrorsAsync(student.Client!, HttpMethod.Put, url, new { postingIds = (int[]?)null }, "en-US", "postingIds");
        Assert.That(english, Is.EqualTo(new[] { "Choose the postings, first choice first." }));
    }

    [Test]
    public async Task Evidence_with_an_address_that_is_not_a_web_address_is_refused_in_Spanish()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        var url = $"/api/me/badges/{award["id"]!.GetValue<string>()}/artefacts";

        var spanish = await ErrorsAsync(student.Client!, HttpMethod.Post, url, new { name = "Video", url = "javascript:alert(1)" }, "es-US", "url");
        Assert.That(spanish, Is.EqualTo(new[] { "Escribe la dirección empezando por https:// o http://." }));

        var english = await ErrorsAsync(student.Client!, HttpMethod.Post, url, new { name = "Video", url = "javascript:alert(1)" }, "en-US", "url");
        Assert.That(english, Is.EqualTo(new[] { "Enter the address starting with https:// or http://." }));
    }

    private static async Task<string[]> ErrorsAsync(ApiClient client, HttpMethod method, string url, object body, string language, string field)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: ApiClient.Json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var problem = await (await client.Http.SendAsync(request)).ShouldBeValidationProblemAsync(field);
        return problem["errors"]![field]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
    }
}
