using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

public sealed class PlatformEndpointsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task OpenApi_document_describes_the_contract_paths()
    {
        var document = await District.Anonymous.ExpectAsync<JsonObject>(District.Anonymous.GetAsync("/openapi/v1.json"));

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/auth/login", "/api/postings", "/api/postings/{id}", "/api/postings/{id}/applications",
            "/api/me/applications", "/api/postings/{postingId}/applications", "/api/applications/{id}/accept",
            "/api/schools", "/api/pathways", "/api/students", "/api/employers",
        }));
        Assert.That(document["components"]!["securitySchemes"]!["Bearer"], Is.Not.Null);
    }

    [Test]
    public async Task Api_docs_page_is_served()
    {
        var response = await District.Anonymous.GetAsync("/api-docs");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("openapi/v1.json"));
    }

    [Test]
    public async Task Unknown_path_is_a_404_problem()
    {
        var response = await District.Coordinator.GetAsync("/api/no-such-thing");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
