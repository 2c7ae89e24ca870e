using Internships.Application.Common.Concurrency;

namespace Internships.Web.Infrastructure;

/// <summary>The If-Match header of the current HTTP request; none outside one (a job) or when the client sent none.</summary>
public sealed class HttpRequestPreconditions(IHttpContextAccessor accessor) : IRequestPreconditions
{
    public string? IfMatch => accessor.HttpContext?.Request.Headers.IfMatch is { Count: > 0 } values ? values.ToString() : null;
}
