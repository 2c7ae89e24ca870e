namespace Internships.Domain.Students;

/// <summary>A student's enrolment in a career pathway; an ended enrolment stays on record.</summary>
public sealed class PathwayEnrolment : Entity
{
    private PathwayEnrolment() { }

    internal PathwayEnrolment(int studentId, int pathwayId, DateOnly enrolledOn)
    {
        StudentId = studentId;
        PathwayId = pathwayId;
        EnrolledOn = enrolledOn;
    }

    public int StudentId { get; private set; }

    public int PathwayId { get; private set; }

    public DateOnly EnrolledOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool IsActive => EndedOn is null;

    internal void End(DateOnly endedOn)
    {
        if (endedOn < EnrolledOn)
        {
            throw new DomainRuleException(RuleKeys.Students.EnrolmentEndsBeforeStart, "An enrolment cannot end before it began.");
        }

        EndedOn = endedOn;
    }

    internal void Reactivate(DateOnly enrolledOn)
    {
        EnrolledOn = enrolledOn;
        EndedOn = null;
    }
}
