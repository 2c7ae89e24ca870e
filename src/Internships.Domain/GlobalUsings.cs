// The namespaces nearly every file of this project uses: said once here, not at the top of each file.
global using Internships.Domain.Common;
