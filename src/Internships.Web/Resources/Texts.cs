namespace Internships.Web.Resources;

// The marker classes that name each area's words: Resources/<Name>.resx holds the English, <Name>.es.resx the Spanish,
// with the same keys (a unit test fails when a key is missing from either). A page takes its area's words with
// `@inject IHtmlLocalizer<StudentText> T` and writes `@T["Home.Title"]`; the layout's and the common words (states,
// buttons, labels) are SharedText's, which _ViewImports gives every page as `S`.

/// <summary>The layout, navigation, language switch, states, common buttons and form labels.</summary>
public sealed class SharedText;

/// <summary>Signing in and the account's own pages (password, settings).</summary>
public sealed class AccountText;

/// <summary>The student's pages, and the postings search and posting page as a student sees them.</summary>
public sealed class StudentText;

/// <summary>The public badge verification page.</summary>
public sealed class BadgeText;

/// <summary>The API's problem details: titles and the host's own details.</summary>
public sealed class ProblemText;

/// <summary>Badges designed with employers: the employers' proposals and the coordinators' review of them.</summary>
public sealed class EmployerBadgeText;

/// <summary>The student's badge ladder page.</summary>
public sealed class BadgeLadderText;

/// <summary>Micro-credential programmes: a participant's checklist, a cohort's roster and attendance, the task list.</summary>
public sealed class ProgrammeText;

/// <summary>Badge claims: the student's claims and the claim form, the reviewers' queue, one claim.</summary>
public sealed class ClaimText;

/// <summary>Pathway guidance: the interest questionnaire, its statements and answers, and the profile it gives.</summary>
public sealed class GuidanceText;

/// <summary>
/// Placements: the list, one placement (shared by the intern, the supervisor, the employer admin and the coordinator, so
/// it speaks as <i>usted</i> to all), and the supervisor's evaluation form.
/// </summary>
public sealed class PlacementText;

/// <summary>
/// The career-readiness rubric a district starts with, in each language, by competency key ("Rubric.communication.Name");
/// a competency the district added or reworded keeps its own words. Kept apart from <see cref="PlacementText"/> because
/// these words ("Professionalism") also appear in a district's own English badge criteria.
/// </summary>
public sealed class RubricText;

/// <summary>The employer's pages: the organisation and its supervisors, the postings and their applicants, the matching rounds' rankings.</summary>
public sealed class EmployerText;

/// <summary>The coordinator's records: students (details, contacts, enrolments), schools and pathways.</summary>
public sealed class RecordsText;

/// <summary>The coordinator's daily pages: the dashboard, the approval queue, the follow-ups, the e-mail log (the terms and the CALPADS export are <see cref="TermsText"/>).</summary>
public sealed class CoordinatorText;

/// <summary>The district's terms, the CALPADS work-based learning export and the reports page (read by students, employers and coordinators: <i>usted</i>).</summary>
public sealed class TermsText;

/// <summary>
/// The coordinator's partner records: employers (profile, partner agreement, insurance and worksite safety, supervisors),
/// the contact log and a new contact, the rubric, and a record's history (its headings and words; the audit trail's own
/// field names, values and summaries stay as recorded).
/// </summary>
public sealed class PartnerText;

/// <summary>What the coordinator issues: the matching rounds, the badge catalogue and its awards (by hand or by a roster), the SIS roster import.</summary>
public sealed class IssuingText;

/// <summary>
/// The accounts and audit pages (administrators and coordinators: accounts, invitations, the audit trail), the district
/// sign-in's refusals, and the password policy's messages (<c>Identity.*</c>).
/// </summary>
public sealed class AdminText;
