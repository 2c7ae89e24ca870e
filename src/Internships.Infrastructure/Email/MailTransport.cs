using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Internships.Infrastructure.Email;

/// <summary>Where messages go: an SMTP server, or a folder of .eml files when none is configured.</summary>
public interface IMailTransport
{
    /// <summary>Opens a session that sends many messages (one SMTP connection, re-opened if it drops).</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>SMTP through MailKit, with the configured TLS mode and credentials.</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var session = new Session(options.Value);
        await session.ConnectAsync(cancellationToken);
        return session;
    }

    private sealed class Session(SmtpOptions options) : IMailSession
    {
        private readonly SmtpClient _client = new() { Timeout = options.TimeoutSeconds * 1000 };

        public async Task ConnectAsync(CancellationToken cancellationToken)
        {
            var security = options.Security switch
            {
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.None,
            };
            await _client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await _client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
        }

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (!_client.IsConnected)
            {
                await ConnectAsync(cancellationToken);
            }

            await _client.SendAsync(message, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_client.IsConnected)
                {
                    await _client.DisconnectAsync(quit: true, CancellationToken.None);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException)
            {
                // The messages are sent or recorded as failed by now; a rude goodbye changes nothing.
            }
            finally
            {
                _client.Dispose();
            }
        }
    }
}

/// <summary>
/// No mail server: each message becomes <c>{Message-Id}.eml</c> in the pickup folder. Writing the same message twice
/// replaces the file, so a retry never makes a second copy.
/// </summary>
public sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public string Directory { get; } = directory;

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.FromResult<IMailSession>(new Session(Directory));
    }

    private sealed class Session(string directory) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '@' ? c : '_')) + ".eml";
            var path = Path.Combine(directory, name);
            var temporary = path + ".tmp";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
