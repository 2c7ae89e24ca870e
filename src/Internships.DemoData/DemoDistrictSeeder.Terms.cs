using Internships.Domain.Terms;

namespace Internships.DemoData;

public sealed partial class DemoDistrictSeeder
{
    /// <summary>The district's terms around today: fall (August–January) and spring (February–July) of last year, this year and next.</summary>
    private async Task SeedTermsAsync(CancellationToken cancellationToken)
    {
        var firstFall = (_today.Month >= 8 ? _today.Year : _today.Year - 1) - 1;
        for (var year = firstFall; year <= firstFall + 2; year++)
        {
            db.Terms.Add(new Term($"Fall {year}", new DateOnly(year, 8, 1), new DateOnly(year + 1, 1, 31)));
            db.Terms.Add(new Term($"Spring {year + 1}", new DateOnly(year + 1, 2, 1), new DateOnly(year + 1, 7, 31)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
