using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Localization;
using Internships.Domain.Common;
using Internships.Infrastructure.Persistence;
using Internships.Web.Infrastructure.Localization;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Turns every failure into RFC 7807 problem details: bad input is a 400 naming its fields, a broken rule or
/// a lost race a 409 saying why. Anything unexpected is a 500 that shows nothing of the server's insides.
/// Titles and the host's own details are in the request's language (<see cref="ProblemText"/>), and so are the
/// refusals of the rules that have a key (<see cref="RuleText"/>); the others are still their own (English) words.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, IStringLocalizer<ProblemText> text, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The localisation middleware's culture no longer flows here once the request has unwound: take what it chose.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = ProductLocalization.RequestCulture(httpContext);
        var problem = exception switch
        {
            ValidationException e => Validation(e),
            BadHttpRequestException e => BadRequest(e),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, text["Title.NotFound"], e.Message),
            UnauthorizedAccessException e => Problem(StatusCodes.Status401Unauthorized, text["Title.SignInRequired"], e.Message),
            ForbiddenAccessException e => Problem(StatusCodes.Status403Forbidden, text["Title.Forbidden"], e.Message),
            ConflictException e => Problem(StatusCodes.Status409Conflict, text["Title.Conflict"], RuleText.Describe(e)),
            InvalidStateTransitionException e => Problem(StatusCodes.Status409Conflict, text["Title.InvalidState"], RuleText.Describe(e)),
            DomainRuleException e => Problem(StatusCodes.Status409Conflict, text["Title.RuleViolated"], RuleText.Describe(e)),
            PreconditionFailedException e => Problem(StatusCodes.Status412PreconditionFailed, text["Title.ChangedBySomeoneElse"], e.Message),
            DbUpdateConcurrencyException => Problem(
                httpContext.Request.Headers.IfMatch.Count > 0 ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict,
                text["Title.ChangedBySomeoneElse"], text["Detail.ChangedBySomeoneElse"]),
            DbUpdateException e when e.IsUniqueViolation() => Problem(StatusCodes.Status409Conflict, text["Title.Conflict"],
                text["Detail.Duplicate"]),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            CommitOutcomeUnknownException e => Problem(StatusCodes.Status503ServiceUnavailable, text["Title.OutcomeUnknown"],
                e.Message + " " + text["Detail.OutcomeUnknown"]),
            _ when DatabaseFailures.IsTransient(exception) => Problem(StatusCodes.Status503ServiceUnavailable, text["Title.DatabaseUnavailable"],
                text["Detail.DatabaseUnavailable"]),
            _ => null,
        };

        if (problem is null)
        {
            if (!httpContext.RequestAborted.IsCancellationRequested)
            {
                LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
                problem = Problem(StatusCodes.Status500InternalServerError, text["Title.Unexpected"], text["Detail.Unexpected"]);
            }
            else
            {
                return true;
            }
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogDatabaseUnavailable(httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().GetType().Name);
            httpContext.Response.Headers.RetryAfter = StartupGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private HttpValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["Title.InvalidFields"],
            Detail = text["Detail.InvalidFields"],
        };
    }

    /// <summary>Input the framework could not read at all: malformed JSON, a wrong type, an unknown field, a bad query value.</summary>
    private ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problem(exception.StatusCode, text["Title.Unreadable"], exception.Message);
        }

        if (exception.InnerException is JsonException missing && MissingRequired().Match(missing.Message) is { Success: true } names)
        {
            var fields = names.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => FieldName(n.Trim('\'')));
            return new HttpValidationProblemDetails(fields.ToDictionary(f => f, f => new[] { text["Field.Required", f].Value }))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Title.InvalidFields"],
                Detail = text["Detail.SendEveryField"],
            };
        }

        if (exception.InnerException is JsonException json)
        {
            var (field, message) = DescribeJsonError(json);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Title.InvalidBody"],
                Detail = message,
            };
        }

        var parameter = BindFailureParameter().Match(exception.Message);
        if (parameter.Success)
        {
            var field = FieldName(parameter.Groups["name"].Value);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [text["Field.InvalidValue", parameter.Groups["value"].Value, field]],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Title.InvalidFields"],
            };
        }

        // The framework's own wording names the parameter or body at fault and nothing of the server's insides.
        return Problem(StatusCodes.Status400BadRequest, text["Title.Unreadable"], exception.Message);
    }

    private (string Field, string Message) DescribeJsonError(JsonException json)
    {
        var unmapped = UnmappedMember().Match(json.Message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            return (FieldName(name), text["Field.Unknown", name]);
        }

        var path = json.Path is { Length: > 1 } p ? FieldName(p.TrimStart('$', '.')) : "body";
        return path == "body"
            ? (path, text["Detail.NotJson"])
            : (path, text["Field.WrongType", path]);
    }

    /// <summary>"Eligibility.MinimumAge" becomes "eligibility.minimumAge", matching the JSON the client sent.</summary>
    internal static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [System.Text.RegularExpressions.GeneratedRegex("missing required properties including: (?<names>'[^']+'(?:, '[^']+')*)")]
    private static partial System.Text.RegularExpressions.Regex MissingRequired();

    [System.Text.RegularExpressions.GeneratedRegex("JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial System.Text.RegularExpressions.Regex UnmappedMember();

    [System.Text.RegularExpressions.GeneratedRegex("Failed to bind parameter \"(?:\\S+\\s)?(?<name>[^\"]+)\" from \"(?<value>[^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BindFailureParameter();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be reached for {Method} {Path} ({Failure}); answered 503")]
    private partial void LogDatabaseUnavailable(string method, string path, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
