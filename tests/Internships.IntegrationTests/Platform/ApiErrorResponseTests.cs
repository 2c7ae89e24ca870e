using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// A wrong address under /api (an id that is not a number or a GUID, a path no operation has) is a 404 problem, and
/// every API error is application/problem+json whatever the client's Accept header asks for; pages keep their HTML.
/// </summary>
public sealed class ApiErrorResponseTests
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9";

    private static District District => TestHost.District;

    [TestCase("GET", "/api/placements/abc")]
    [TestCase("GET", "/api/postings/1.5")]
    [TestCase("GET", "/api/badges/not-a-number")]
    [TestCase("GET", "/api/awards/not-a-guid")]
    [TestCase("GET", "/api/match-rounds/1/runs/first")]
    [TestCase("POST", "/api/applications/x/withdraw")]
    [TestCase("POST", "/api/notifications/99999999999999999999/resend")]
    [TestCase("GET", "/api/no-such-thing")]
    [TestCase("GET", "/api")]
    public async Task A_malformed_id_or_unknown_path_is_a_404_problem(string method, string path)
    {
        foreach (var accept in new[] { null, "application/json", Browser, "text/plain" })
        {
            var response = await SendAsync(District.Coordinator, new HttpMethod(method), path, accept);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("No operation has this address"), $"Accept: {accept}");
        }
    }

    [Test]
    public async Task A_malformed_id_in_an_open_badges_address_is_a_404_problem()
    {
        var response = await SendAsync(District.Anonymous, HttpMethod.Get, "/ob/v2/assertions/not-a-guid", Browser);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_record_that_is_not_there_is_a_404_problem_naming_it_even_for_a_client_asking_for_html()
    {
        // Before: the framework's problem writer refused a client that does not accept JSON, and this became an empty 500.
        var response = await SendAsync(District.Coordinator, HttpMethod.Get, "/api/schools/987654321", Browser);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("987654321"));
    }

    [Test]
    public async Task Invalid_input_is_a_validation_problem_even_for_a_client_asking_for_html()
    {
        var response = await SendAsync(District.Coordinator, HttpMethod.Get, "/api/schools?page=abc", Browser);

        await response.ShouldBeValidationProblemAsync("page");
    }

    [Test]
    public async Task A_string_holding_the_nul_character_is_a_validation_problem_naming_its_field()
    {
        // PostgreSQL cannot store NUL in text: before, this school reached the save and failed there as a 500.
        var code = $"NUL-{Support.District.Next()}";
        var response = await District.Coordinator.PostRawAsync("/api/schools", $$"""{"name":"Nul High","code":"{{code}}","city":"Valley\u0000Town"}""");

        await response.ShouldBeValidationProblemAsync("city");
    }

    [Test]
    public async Task A_missing_token_is_a_401_problem_even_for_a_client_asking_for_plain_text()
    {
        var response = await SendAsync(District.Anonymous, HttpMethod.Get, "/api/schools", "text/plain");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase("/no-such-page")]
    [TestCase("/placements/abc")]
    public async Task A_page_that_is_not_there_is_still_a_page(string path)
    {
        var response = await SendAsync(District.Anonymous, HttpMethod.Get, path, Browser);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>Page not found"));
    }

    private static Task<HttpResponseMessage> SendAsync(ApiClient client, HttpMethod method, string path, string? accept)
    {
        var request = new HttpRequestMessage(method, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.Http.SendAsync(request);
    }
}
