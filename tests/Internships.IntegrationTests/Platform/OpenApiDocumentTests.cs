using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// The API document a client generates its code from tells the truth about every operation: a unique operationId named
/// like its use case, a summary, and the problem responses it can give. The rule held for every operation under /api:
/// <list type="bullet">
/// <item>401, since every operation answers it (to a missing or expired token, or a failed sign-in), except the ways in
/// for people without a session, which answer the same to everyone (asking for a password reset, using one, accepting an invitation);</item>
/// <item>400 when it reads a body or query parameters, which can be malformed or invalid;</item>
/// <item>404 when its path names a record by id, which may not exist;</item>
/// <item>every 4xx response it declares comes as application/problem+json.</item>
/// </list>
/// </summary>
public sealed partial class OpenApiDocumentTests
{
    private const string ProblemJson = "application/problem+json";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>Open to anyone, and never answering 401: there is no sign-in to fail.</summary>
    private static readonly string[] WaysInWithoutSignIn = ["RequestPasswordReset", "ResetPassword", "AcceptInvitation"];

    private static async Task<IReadOnlyList<Operation>> OperationsAsync()
    {
        var client = TestHost.District.Anonymous;
        var document = await client.ExpectAsync<JsonObject>(client.GetAsync("/openapi/v1.json"));
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(entry => Methods.Contains(entry.Key))
                .Select(entry => new Operation(entry.Key.ToUpperInvariant(), path.Key, entry.Value!.AsObject())))
            .ToList();
    }

    [Test]
    public async Task Every_operation_has_a_unique_use_case_name_and_a_summary()
    {
        var operations = await OperationsAsync();

        var unnamed = operations.Where(o => o.Id is not { } id || !UseCaseName().IsMatch(id)).Select(o => $"{o}: operationId '{o.Id}'");
        var unsummarised = operations.Where(o => string.IsNullOrWhiteSpace(o.Json["summary"]?.GetValue<string>())).Select(o => $"{o}: no summary");
        var duplicated = operations.Where(o => o.Id is not null).GroupBy(o => o.Id)
            .Where(g => g.Count() > 1).Select(g => $"operationId '{g.Key}' names {string.Join(", ", g)}");

        Assert.That(operations, Has.Count.GreaterThan(100), "the document lists the API's operations");
        Assert.That(unnamed.Concat(unsummarised).Concat(duplicated), Is.Empty);
    }

    [Test]
    public async Task Every_api_operation_declares_the_problems_it_can_answer()
    {
        var operations = (await OperationsAsync()).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        var missing = new List<string>();
        foreach (var operation in operations)
        {
            var problems = operation.ProblemStatuses();
            var parameters = operation.Json["parameters"]?.AsArray().Select(p => p!["in"]!.GetValue<string>()).ToList() ?? [];
            var expected = WaysInWithoutSignIn.Contains(operation.Id) ? new List<string>() : ["401"];
            if (operation.Json["requestBody"] is not null || parameters.Contains("query"))
            {
                expected.Add("400");
            }

            if (parameters.Contains("path"))
            {
                expected.Add("404");
            }

            missing.AddRange(expected.Except(problems).Select(status => $"{operation}: no {status} problem response"));
            missing.AddRange(operation.ErrorStatusesWithout(ProblemJson).Select(status => $"{operation}: {status} is not {ProblemJson}"));
        }

        Assert.That(operations, Has.Count.GreaterThan(100), "the document lists the API's operations");
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public async Task A_validated_request_documents_its_400_as_a_validation_problem_with_field_errors()
    {
        var submit = (await OperationsAsync()).Single(o => o.Id == "SubmitApplication");

        var schema = submit.Json["responses"]!["400"]!["content"]![ProblemJson]!["schema"]!.ToJsonString();

        Assert.That(schema, Does.Contain("HttpValidationProblemDetails"), "400 names the fields at fault in 'errors'");
        Assert.That(submit.ProblemStatuses(), Is.SupersetOf(new[] { "400", "401", "403", "404", "409" }));
    }

    [TestCase("UpdateStudent", true)]
    [TestCase("UpdateEmployer", true)]
    [TestCase("UpdateSupervisor", true)]
    [TestCase("UpdateBadgeClass", true)]
    [TestCase("UpdatePathway", true)]
    [TestCase("UpdateSchool", true)]
    [TestCase("EditPosting", true)]
    [TestCase("AssignPlacementSupervisor", false)]
    public async Task A_change_of_a_versioned_record_documents_if_match_and_its_412_and_428(string operationId, bool required)
    {
        var operation = (await OperationsAsync()).Single(o => o.Id == operationId);

        var ifMatch = operation.Json["parameters"]?.AsArray().SingleOrDefault(p => p!["name"]!.GetValue<string>() == "If-Match");
        Assert.That(ifMatch?["in"]?.GetValue<string>(), Is.EqualTo("header"), $"{operation} documents If-Match");
        Assert.That(ifMatch?["required"]?.GetValue<bool>() ?? false, Is.EqualTo(required));
        Assert.That(operation.ProblemStatuses(), Is.SupersetOf(required ? new[] { "412", "428" } : new[] { "412" }));
    }

    [GeneratedRegex("^(?:[A-Z][a-z0-9]+){2,}$")]
    private static partial Regex UseCaseName();

    private sealed record Operation(string Method, string Path, JsonObject Json)
    {
        public string? Id => Json["operationId"]?.GetValue<string>();

        private IEnumerable<KeyValuePair<string, JsonNode?>> ErrorResponses =>
            Json["responses"]?.AsObject().Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')) ?? [];

        public IReadOnlyList<string> ProblemStatuses() =>
            ErrorResponses.Where(r => r.Value?["content"]?[ProblemJson] is not null).Select(r => r.Key).ToList();

        public IEnumerable<string> ErrorStatusesWithout(string contentType) =>
            ErrorResponses.Where(r => r.Value?["content"]?.AsObject() is not { } content || !content.ContainsKey(contentType)).Select(r => r.Key);

        public override string ToString() => $"{Method} {Path}";
    }
}
