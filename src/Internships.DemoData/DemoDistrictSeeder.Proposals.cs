using Internships.Domain.Badges;

namespace Internships.DemoData;

/// <summary>
/// Badges designed with employers: the demo employer's proposed badge waiting for the coordinator's approval, and one
/// an engineering firm proposed that the district approved, awarded to the demo student (its credential carries the
/// firm's endorsement, signed at issuance).
/// </summary>
public sealed partial class DemoDistrictSeeder
{
    private async Task SeedBadgeProposalsAsync(District district, CancellationToken cancellationToken)
    {
        var waiting = BadgeProposal.Propose(district.Employers[DemoCatalogue.DemoEmployerKey].Id, new BadgeProposalDetails(
                "Arduino Programming",
                "Recognises a student who can program a microcontroller to read a sensor and act on it, as the city's water and parks "
                + "crews do with their field monitors.",
                "Program an Arduino board that reads a soil-moisture or water-level sensor, logs the readings and switches an output "
                + "at a threshold; explain the code to a city technician and fix one fault they introduce.",
                ["Wires a sensor circuit on a breadboard from a diagram", "Writes, uploads and debugs a sketch that logs readings",
                    "Sets a threshold that switches a pump or a light", "Explains the code to a technician"],
                "Arduino programming"),
            "employer@demo.local", At(_today.AddDays(-2), 10));
        db.BadgeProposals.Add(waiting);

        var approved = BadgeProposal.Propose(district.Employers["hoe"].Id, new BadgeProposalDetails(
                "Design Thinking",
                "Recognises a student who can frame a problem from the people who live with it, sketch several answers and test "
                + "the best one quickly, as Halverson & Ortiz's project teams do before any drawing is made.",
                "Take part in a one-week design sprint with an engineering team: interview the users, define the problem, sketch "
                + "at least three solutions and test a paper prototype with users.",
                ["Interviews the people a project serves", "Writes the problem as a one-line brief", "Sketches three solutions",
                    "Tests a paper prototype and reports what changed"],
                "Design thinking"),
            "admin@halversonortiz.example", At(_today.AddDays(-60), 11));
        db.BadgeProposals.Add(approved);
        var badge = approved.Approve("coordinator@demo.local", At(_today.AddDays(-55), 9));
        // The coordinator then wrote it in Spanish on the badge editor, as the district does for the badges students see most.
        badge.Update(new BadgeClassDetails(badge.Name, badge.Description, badge.Criteria, badge.Kind, badge.RecipientType, badge.Color,
            badge.EndorsingEmployerId, badge.ValidityMonths, badge.Skills, badge.Alignments, badge.PrerequisiteIds, badge.Rule,
            badge.IsActive, badge.AllowsClaims, "Pensamiento de diseño",
            "Reconoce a un estudiante que sabe plantear un problema desde las personas que lo viven, bosquejar varias respuestas "
            + "y poner a prueba la mejor rápidamente, como lo hacen los equipos de proyecto de Halverson & Ortiz antes de dibujar un plano."));
        db.BadgeClasses.Add(badge);
        await db.SaveChangesAsync(cancellationToken);
        approved.RecordBadge(badge);
        if (district.DemoStudent is { } student)
        {
            AwardByHand(badge, Recipient(student),
                [Narrative("Took part in Halverson & Ortiz's design sprint for the Alder Springs footbridge: interviewed six residents "
                    + "and tested a paper prototype of the ramp with two wheelchair users.")],
                At(_today.AddDays(-20), 15));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
