// The namespaces nearly every file of this project uses: said once here, not at the top of each file.
global using Internships.Application.Common.Models;
global using Internships.Web.Infrastructure.Pages;
global using Mediator;
global using Microsoft.AspNetCore.Mvc;
