-- What the application's login may do on SQL Server: read and write the rows of the application's tables (not change
-- them), and own the HangFire schema, whose tables the job storage creates and upgrades itself at start-up.
-- Run with sqlcmd as sa (or the database's owner) in the Internships database, after database/internships.sqlserver.sql:
--   sqlcmd -d Internships -v AppLogin=internships_app AppPassword='…' -i deploy/sqlserver/login.sql
-- Safe to run again: the password is set anew each time.
IF SUSER_ID(N'$(AppLogin)') IS NULL
    CREATE LOGIN [$(AppLogin)] WITH PASSWORD = N'$(AppPassword)', CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [$(AppLogin)] WITH PASSWORD = N'$(AppPassword)';
GO
IF USER_ID(N'$(AppLogin)') IS NULL
    CREATE USER [$(AppLogin)] FOR LOGIN [$(AppLogin)];
GO
ALTER ROLE db_datareader ADD MEMBER [$(AppLogin)];
ALTER ROLE db_datawriter ADD MEMBER [$(AppLogin)];
GO
IF SCHEMA_ID(N'HangFire') IS NULL
    EXEC (N'CREATE SCHEMA [HangFire] AUTHORIZATION [$(AppLogin)]');
ELSE
    ALTER AUTHORIZATION ON SCHEMA::[HangFire] TO [$(AppLogin)];
GO
GRANT CREATE TABLE TO [$(AppLogin)];
GO
