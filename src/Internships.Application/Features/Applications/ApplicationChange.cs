using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Applications;

internal static class ApplicationChange
{
    /// <summary>
    /// Loads an application with its posting, lets the use case move it through its state machine, saves,
    /// and reads it back as the caller sees it.
    /// </summary>
    public static async Task<ApplicationDto> ChangeApplicationAsync(this IAppDbContext db, int applicationId,
        Action<InternshipApplication> change, bool includeRank, IClock clock, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Posting).FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw NotFoundException.For("Application", applicationId);
        change(application);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadApplicationAsync(application.Id, includeRank, clock.Today, cancellationToken);
    }
}
