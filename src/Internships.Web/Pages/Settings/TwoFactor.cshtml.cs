using System.ComponentModel.DataAnnotations;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Credentials;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Internships.Web.Pages.Settings;

/// <summary>
/// Two-factor sign-in with an authenticator app: scan the QR code (or type the key), confirm with a code, keep the
/// recovery codes; later, new recovery codes or turning it off. Coordinators and administrators are sent here until it
/// is on when the district requires it.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(ISender sender, SignInManager<AppUser> signIn, IStringLocalizer<AccountText> text) : AppPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public TwoFactorStatusDto Status { get; private set; } = null!;

    /// <summary>Set while a new key waits to be confirmed with a code.</summary>
    public AuthenticatorSetup? Setup { get; private set; }

    /// <summary>The QR code of <see cref="AuthenticatorSetup.AuthenticatorUri"/>, as an SVG data address.</summary>
    public string? QrCode { get; private set; }

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Status = await sender.Send(new GetMyTwoFactorQuery(), ct);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        ShowSetup(await sender.Send(new StartAuthenticatorSetupCommand(), ct));
        Status = await sender.Send(new GetMyTwoFactorQuery(), ct);
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string sharedKey, string authenticatorUri, CancellationToken ct)
    {
        ShowSetup(new AuthenticatorSetup(sharedKey, authenticatorUri));
        if (!ModelState.IsValid)
        {
            Status = await sender.Send(new GetMyTwoFactorQuery(), ct);
            return Page();
        }

        var codes = await sender.Send(new EnableTwoFactorCommand(Input.Code), ct);

        // Turning it on ended every session opened with one factor; this one just gave the second.
        await signIn.RefreshSignInAsync((await signIn.UserManager.GetUserAsync(User))!);
        return ShowCodes(codes, await sender.Send(new GetMyTwoFactorQuery(), ct), text["TwoFactorSettings.TurnedOn"]);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken ct) =>
        ShowCodes(await sender.Send(new NewRecoveryCodesCommand(), ct), await sender.Send(new GetMyTwoFactorQuery(), ct),
            text["TwoFactorSettings.CodesReplaced"]);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        await sender.Send(new DisableTwoFactorCommand(), ct);
        await signIn.RefreshSignInAsync((await signIn.UserManager.GetUserAsync(User))!);
        return Done(text["TwoFactorSettings.TurnedOff"]);
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken) =>
        Status = await sender.Send(new GetMyTwoFactorQuery(), cancellationToken);

    private PageResult ShowCodes(RecoveryCodesDto codes, TwoFactorStatusDto status, string message)
    {
        RecoveryCodes = codes.RecoveryCodes;
        Status = status;
        TempData.Remove(nameof(StatusMessage));
        ViewData["Confirmation"] = message;
        return Page();
    }

    private void ShowSetup(AuthenticatorSetup setup)
    {
        Setup = setup;
        using var data = QRCodeGenerator.GenerateQrCode(setup.AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        QrCode = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Field.AppCodeRequired")]
        [StringLength(20)]
        [Display(Name = "Field.AppCode")]
        public string Code { get; set; } = "";
    }
}
