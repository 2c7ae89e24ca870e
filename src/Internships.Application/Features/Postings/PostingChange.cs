using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

internal static class PostingChange
{
    /// <summary>Loads a posting with its employer, lets the use case move it through its state machine, saves, and reads it back.</summary>
    public static async Task<PostingDto> ChangePostingAsync(this IAppDbContext db, int postingId, Action<InternshipPosting> change,
        CancellationToken cancellationToken)
    {
        var posting = await db.Postings.Include(p => p.Employer).FirstOrDefaultAsync(p => p.Id == postingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", postingId);
        change(posting);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPostingAsync(posting.Id, cancellationToken);
    }
}
