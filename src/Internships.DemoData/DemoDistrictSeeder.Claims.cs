using Internships.Domain.Badges;

namespace Internships.DemoData;

/// <summary>Out-of-classroom learning: the demo student's claim to the volunteering badge, waiting for review.</summary>
public sealed partial class DemoDistrictSeeder
{
    private async Task SeedBadgeClaimAsync(District district, CancellationToken cancellationToken)
    {
        if (district.DemoStudent is not { } student)
        {
            return;
        }

        var claim = BadgeClaim.Submit(district.Badges["volunteer"], student.Id,
            "I volunteered every Saturday morning from September to November at the Westside Community Food Bank: 44 hours in all. "
            + "I sorted donations, stocked the pantry shelves and ran the check-in table for families, and in November I trained "
            + "two new volunteers on the check-in system. I learned to stay calm with a long line and to explain the rules kindly.",
            ["https://westsidefoodbank.example/volunteers/hours/2291"], At(_today.AddDays(-3), 16));
        db.BadgeClaims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
    }
}
