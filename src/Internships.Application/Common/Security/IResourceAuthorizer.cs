namespace Internships.Application.Common.Security;

/// <summary>
/// Decides whether the current user may act on the particular records a request names
/// (an employer admin only on their own organisation, a student only on their own records).
/// </summary>
public interface IResourceAuthorizer<in TRequest>
{
    ValueTask<AccessDecision> AuthorizeAsync(TRequest request, CancellationToken cancellationToken);
}

public enum AccessDecision
{
    Allow,

    /// <summary>The caller can see the record but may not do this to it: 403.</summary>
    Forbid,

    /// <summary>The record does not exist, or the caller may not know that it does: 404.</summary>
    NotFound,
}
