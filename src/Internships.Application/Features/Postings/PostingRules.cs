using FluentValidation.Results;

namespace Internships.Application.Features.Postings;

/// <summary>Rules of the postings area that more than one use case checks.</summary>
internal static class PostingRules
{
    /// <summary>A posting's supervisor must work for the posting's employer.</summary>
    public static async Task EnsureSupervisorWorksForAsync(this IAppDbContext db, int? supervisorId, int employerId, CancellationToken cancellationToken)
    {
        if (supervisorId is { } id && !await db.Supervisors.AnyAsync(s => s.Id == id && s.EmployerId == employerId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("SupervisorId", "Choose one of this organisation's supervisors.")]);
        }
    }
}
