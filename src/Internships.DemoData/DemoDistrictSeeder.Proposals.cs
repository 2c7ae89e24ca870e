using Internships.Domain.Badges;

namespace Internships.DemoData;

/// <summary>Badges designed with employers: the demo employer's proposed badge, waiting for the coordinator's approval.</summary>
public sealed partial class DemoDistrictSeeder
{
    private async Task SeedBadgeProposalAsync(District district, CancellationToken cancellationToken)
    {
        var proposal = BadgeProposal.Propose(district.Employers[DemoCatalogue.DemoEmployerKey].Id, new BadgeProposalDetails(
                "Arduino Programming",
                "Recognises a student who can program a microcontroller to read a sensor and act on it, as the city's water and parks "
                + "crews do with their field monitors.",
                "Program an Arduino board that reads a soil-moisture or water-level sensor, logs the readings and switches an output "
                + "at a threshold; explain the code to a city technician and fix one fault they introduce.",
                ["Wires a sensor circuit on a breadboard from a diagram", "Writes, uploads and debugs a sketch that logs readings",
                    "Sets a threshold that switches a pump or a light", "Explains the code to a technician"],
                "Arduino programming"),
            "employer@demo.local", At(_today.AddDays(-2), 10));
        db.BadgeProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
    }
}
