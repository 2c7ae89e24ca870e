using Internships.Application.Common.Files;
using Internships.Domain.Employers;

namespace Internships.Application.Features.Employers;

/// <summary>What the employer use cases that record the partnership share.</summary>
internal static class EmployerRules
{
    public static async Task<Employer> LoadEmployerAsync(this IAppDbContext db, int employerId, CancellationToken cancellationToken) =>
        await db.Employers.FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken) ?? throw NotFoundException.For("Employer", employerId);

    /// <summary>Keeps the signed agreement's PDF on the employer, and deletes the one it replaces (all in the command's transaction).</summary>
    public static async Task UsePartnerAgreementDocumentAsync(this IAppDbContext db, Employer employer, UploadedFile document, ICurrentUser user,
        DateTime now, CancellationToken cancellationToken)
    {
        var file = db.StorePdf(document, user, now);
        await db.RemoveStoredFileAsync(employer.UsePartnerAgreementDocument(file.Id), cancellationToken);
    }
}
