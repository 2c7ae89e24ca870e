// The namespaces nearly every file of this project uses: said once here, not at the top of each file.
global using FluentValidation;
global using Internships.Application.Common.Concurrency;
global using Internships.Application.Common.Exceptions;
global using Internships.Application.Common.Interfaces;
global using Internships.Application.Common.Localization;
global using Internships.Application.Common.Models;
global using Internships.Application.Common.Security;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
