using Internships.Application.Common.Security;
using Internships.Web.Infrastructure.Localization;

namespace Internships.Web.Infrastructure.Pages;

public static class WebPagesRegistration
{
    /// <summary>Razor Pages with role-guarded folders and the filter that turns use-case failures into page messages.</summary>
    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Student", RolePolicies.Student);
            o.Conventions.AuthorizeFolder("/Employer", RolePolicies.EmployerAdmin);
            o.Conventions.AuthorizeFolder("/Supervisor", RolePolicies.Supervisor);
            o.Conventions.AuthorizeFolder("/Coordinator", RolePolicies.Coordinator);
            o.Conventions.AuthorizeFolder("/Admin", RolePolicies.Admin);
            o.Conventions.AuthorizeFolder("/Accounts", RolePolicies.AccountAdministration);
            o.Conventions.AuthorizeFolder("/Postings");
            o.Conventions.AuthorizeFolder("/Placements");
            o.Conventions.AuthorizeFolder("/Claims");
            o.Conventions.AuthorizeFolder("/BadgeProposals");
            o.Conventions.AuthorizeFolder("/Programmes");
            o.Conventions.AuthorizeFolder("/Programmes/Manage", RolePolicies.Coordinator);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AddPageRoute("/Employer/Postings/Edit", "employer/postings/{id:int}/edit");
            // The coordinator's editors add a record at …/new and edit one at …/{id}/edit.
            o.Conventions.AddPageRoute("/Coordinator/Students/Edit", "coordinator/students/{id:int}/edit");
            o.Conventions.AddPageRoute("/Coordinator/Employers/Edit", "coordinator/employers/{id:int}/edit");
            o.Conventions.AddPageRoute("/Coordinator/Pathways/Edit", "coordinator/pathways/{id:int}/edit");
            o.Conventions.AddPageRoute("/Coordinator/Badges/Edit", "coordinator/badges/{id:int}/edit");
            o.Conventions.AddPageRoute("/Programmes/Manage/Edit", "programmes/manage/{id:int}");
        }).AddMvcOptions(o => o.Filters.Add<UseCaseFailurePageFilter>())
            .AddViewLocalization()
            .AddProductLocalization();

        services.AddAuthorizationBuilder()
            .AddPolicy(RolePolicies.Student, p => p.RequireRole(Roles.Student))
            .AddPolicy(RolePolicies.EmployerAdmin, p => p.RequireRole(Roles.EmployerAdmin))
            .AddPolicy(RolePolicies.Supervisor, p => p.RequireRole(Roles.Supervisor))
            .AddPolicy(RolePolicies.Coordinator, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(RolePolicies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(RolePolicies.AccountAdministration, p => p.RequireRole(Roles.Coordinator, Roles.Admin));
        return services;
    }
}

public static class RolePolicies
{
    public const string Student = "StudentPages";
    public const string EmployerAdmin = "EmployerPages";
    public const string Supervisor = "SupervisorPages";
    public const string Coordinator = "CoordinatorPages";
    public const string Admin = "AdminPages";
    public const string AccountAdministration = "AccountPages";
}
