namespace Internships.Application.Common.Concurrency;

/// <summary>The preconditions the request carries: its If-Match header, when it came over HTTP with one.</summary>
public interface IRequestPreconditions
{
    /// <summary>The If-Match header as sent (one entity tag, several separated by commas, or *); null when absent.</summary>
    string? IfMatch { get; }
}
