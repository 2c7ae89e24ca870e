using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Localization;
using Internships.Domain.Common;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// The one place where a page learns that its use case said no. Invalid fields (the request's FluentValidation rules)
/// become messages next to those fields; a refused rule or state change a message at the top of the form; the page is
/// shown again with what the user typed. A record the user may not see is a 404 page, one they may not change a 403.
/// </summary>
public sealed class UseCaseFailurePageFilter : IAsyncPageFilter
{
    /// <summary>Set in ViewData when a save was refused because the record changed since the form was opened (the error summary then links to a reload).</summary>
    public const string StaleRecordKey = "StaleRecord";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        switch (exception)
        {
            case ValidationException invalid:
                var prefix = page is AppPageModel app ? app.InputPrefix : "Input";
                foreach (var failure in invalid.Errors)
                {
                    page.ModelState.AddModelError(FieldKey(prefix, failure.PropertyName), failure.ErrorMessage);
                }

                break;
            case ConflictException or DomainRuleException:
                // In the page's language when the rule has a key; its English sentence otherwise.
                page.ModelState.AddModelError(string.Empty, RuleText.DescribeAny(exception) ?? exception.Message);
                break;
            case PreconditionFailedException or DbUpdateConcurrencyException:
                // What the user typed stays in the form (and the version they started from, so saving again is refused again):
                // the page offers to reload the record as it now is.
                page.ViewData[StaleRecordKey] = true;
                page.ModelState.AddModelError(string.Empty,
                    context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedText>>()["Errors.StaleRecord"]);
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                return;
            case ForbiddenAccessException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                return;
            case UnauthorizedAccessException:
                executed.Result = new ChallengeResult();
                executed.ExceptionHandled = true;
                return;
            default:
                return;
        }

        if (page is AppPageModel reloadable)
        {
            await reloadable.OnFailedAsync(context.HttpContext.RequestAborted);
        }

        executed.Result = new PageResult();
        executed.ExceptionHandled = true;
    }

    /// <summary>"Ratings[0].Score" becomes "Input.Ratings[0].Score", the name the form's field was bound from.</summary>
    private static string FieldKey(string prefix, string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? string.Empty : string.IsNullOrEmpty(prefix) ? propertyName : $"{prefix}.{propertyName}";
}
