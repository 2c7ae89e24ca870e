using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Postings;

/// <summary>Reads one posting with its employer and pathway names, as every posting use case returns it.</summary>
internal static class PostingReader
{
    public static async Task<PostingDto> ReadPostingAsync(this IAppDbContext db, int postingId, CancellationToken cancellationToken)
    {
        var p = await db.Postings.AsNoTracking()
            .Include(x => x.Employer)
            .Include(x => x.Pathways).ThenInclude(x => x.Pathway)
            .Include(x => x.RequiredBadges).ThenInclude(x => x.BadgeClass)
            .FirstOrDefaultAsync(x => x.Id == postingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", postingId);

        return new PostingDto(
            p.Id, p.EmployerId, p.Employer!.Name, p.SupervisorId, p.Title, p.Description,
            p.Pathways.Select(x => new PathwayRef(x.PathwayId, x.Pathway!.Name)).OrderBy(x => x.Name).ToList(),
            p.HourlyWage, p.HoursPerWeek, p.StartDate, p.EndDate, p.Slots, p.FilledSlots, p.RemainingSlots,
            p.Location, p.IsRemote, p.ApplicationDeadline, p.EligibleGrades, p.MinimumAge, p.RequiredHours,
            p.RequiredBadges.Select(b => new BadgeRef(b.BadgeClassId, b.BadgeClass!.Name)).OrderBy(b => b.Name).ToList(), p.Status, p.ReturnReason,
            p.CreatedAt, p.SubmittedAt, p.OpenedAt, p.ClosedAt);
    }
}
