using System.Net.Http.Json;
using Conferencing.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Conferencing.Browser.Tests;

/// <summary>The live room page in Chromium: sign in, start from the room menu, watch the invitation arrive, share, end.</summary>
public sealed class RoomPageTests(PageSuite suite) : IClassFixture<PageSuite>
{
    [Fact]
    public async Task GoogleHangout_StartShareEnd_CardUpdatesLiveWithoutReload()
    {
        var team = await PageTeam.CreateAsync(suite, "Acme");
        var room = new RoomPage(await suite.NewPageAsync());
        await room.SignInAsync(team, team.General, PageTeam.Alice, screenshotBeforeSubmit: "0-sign-in");
        await Expect(room.Page.Locator("#timeline-empty")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(room.Page, "1-signed-in");

        await room.OpenMenuAsync();
        await Expect(room.Page.GetByRole(AriaRole.Button, new() { Name = "Start Google Hangout" })).ToBeVisibleAsync();
        await Expect(room.Page.GetByRole(AriaRole.Button, new() { Name = "Start UberConference" })).ToBeVisibleAsync();
        await room.Page.Locator("#topic").FillAsync("Design review");
        await Screenshots.SaveAsync(room.Page, "2-room-menu");
        await room.StartAsync("Start Google Hangout", "Design review");

        var card = room.Invitation("Design review");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Running");
        Assert.False(await room.WasReloadedAsync());
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Join" })).ToHaveAttributeAsync("href", $"https://meet.google.com/{GoogleStub.MeetingCode}");
        await Expect(card.Locator(".dial-in")).ToContainTextAsync("+44 20 3873 7654");
        await Expect(card.Locator(".dial-in")).ToContainTextAsync("123 456 789#");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Dial with one tap" })).ToHaveAttributeAsync("href", "tel:+442038737654,,123456789%23");
        await Expect(card).ToContainTextAsync(PageTeam.AliceName);
        await Screenshots.SaveAsync(room.Page, "3-invitation");

        await card.GetByRole(AriaRole.Button, new() { Name = "Share…" }).ClickAsync();
        var dialog = room.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        // The team's other rooms of the member: not the room it is in.
        await Expect(dialog.Locator("#share-room option")).ToHaveTextAsync(["Design", "Operations"]);
        await dialog.Locator("#share-room").SelectOptionAsync(team.Design);
        await Screenshots.SaveAsync(room.Page, "4-share-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(room.StatusLine).ToHaveTextAsync("Shared into Design.");

        await room.SwitchRoomAsync(team.Design);
        await Expect(room.Invitation("Design review").Locator(".badge")).ToHaveTextAsync("Running");
        await Screenshots.SaveAsync(room.Page, "5-shared-into-design");

        await room.SwitchRoomAsync(team.General);
        card = room.Invitation("Design review");
        await card.GetByRole(AriaRole.Button, new() { Name = "End" }).ClickAsync();
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Ended");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Join" })).ToHaveCountAsync(0);
        await Expect(card.Locator(".dial-in")).ToHaveCountAsync(0);
        await Expect(card.Locator(".ended-at")).ToBeVisibleAsync();
        Assert.False(await room.WasReloadedAsync());
        await Screenshots.SaveAsync(room.Page, "6-ended");
    }

    [Fact]
    public async Task InvitationStartedElsewhere_ArrivesInOpenPageWithoutReload()
    {
        var team = await PageTeam.CreateAsync(suite, "Acme Live");
        var bob = new RoomPage(await suite.NewPageAsync());
        await bob.SignInAsync(team, team.General, PageTeam.Bob);

        // Alice starts from her chat (the API); Bob's open page hears it from the stream.
        using var alice = suite.Api(PageTeam.Alice);
        var started = await alice.PostAsJsonAsync($"/api/rooms/{team.General}/conferences", new { provider = "google-hangout", topic = "Started elsewhere" });
        started.EnsureSuccessStatusCode();

        await Expect(bob.Invitation("Started elsewhere").Locator(".badge")).ToHaveTextAsync("Running");
        Assert.False(await bob.WasReloadedAsync());
        // Bob did not start it and is no admin: he may share it, not end it.
        await Expect(bob.Invitation("Started elsewhere").GetByRole(AriaRole.Button, new() { Name = "End" })).ToHaveCountAsync(0);
        await Expect(bob.Invitation("Started elsewhere").GetByRole(AriaRole.Button, new() { Name = "Share…" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task UberConference_OnPhoneSizedScreen_DialInPinOneTapAndNewcomerNoteFit()
    {
        var team = await PageTeam.CreateAsync(suite, "Acme Phones");
        var room = new RoomPage(await suite.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        }));
        await room.SignInAsync(team, team.General, PageTeam.Alice);
        Assert.Equal(0, await room.HorizontalOverflowAsync());

        await room.StartAsync("Start UberConference", "Standup");

        var card = room.Invitation("Standup");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Running");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Join" })).ToHaveAttributeAsync("href", PageTeam.AliceUberConferenceRoom);
        await Expect(card.Locator(".dial-in")).ToContainTextAsync("+1 555 010 0199");
        await Expect(card.Locator(".dial-in")).ToContainTextAsync("246 810#");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Dial with one tap" })).ToHaveAttributeAsync("href", "tel:+15550100199,,246810%23");
        await Expect(card).ToContainTextAsync("If you don't have an UberConference account yet");
        Assert.Equal(0, await room.HorizontalOverflowAsync());
        var box = await card.BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 360, $"the card does not fit 360 px: {box?.X} + {box?.Width}");
        await Screenshots.SaveAsync(room.Page, "7-phone-uberconference");
    }

    [Fact]
    public async Task UberConference_StarterWithoutMeetingRoom_FailureNoticeReadsAsPlainWords()
    {
        var team = await PageTeam.CreateAsync(suite, "Acme Failures");
        var room = new RoomPage(await suite.NewPageAsync());
        await room.SignInAsync(team, team.General, PageTeam.Carol);

        await room.StartAsync("Start UberConference", "No room");

        // room-events' Markdown (escapes, bold) is shown as the words it stands for, never as markup.
        var notice = room.Page.Locator("article.notice-failure");
        await Expect(notice).ToContainTextAsync($"{PageTeam.CarolName} has no meeting room at UberConference");
        await Expect(notice).ToContainTextAsync("carol@\u200Dgmail.example"); // the joiner stays: it keeps "@" from pinging
        await Expect(notice).Not.ToContainTextAsync("\\");
        Assert.False(await room.WasReloadedAsync());
        await Screenshots.SaveAsync(room.Page, "10-failure-notice");
    }

    [Fact]
    public async Task RestrictedHangout_OutsiderSeesWhyAndInsiderGetsTheLink()
    {
        var team = await PageTeam.CreateAsync(suite, "Acme Workspace", workspaceDomain: PageTeam.WorkspaceDomain);
        var alice = new RoomPage(await suite.NewPageAsync());
        await alice.SignInAsync(team, team.General, PageTeam.Alice);
        var carol = new RoomPage(await suite.NewPageAsync());
        await carol.SignInAsync(team, team.General, PageTeam.Carol);

        await alice.StartAsync("Start Google Hangout", "Board meeting");

        var carolsCard = carol.Invitation("Board meeting");
        await Expect(carolsCard.Locator(".badge")).ToHaveTextAsync("Running");
        await Expect(carolsCard.Locator(".note-restricted p").First).ToHaveTextAsync("Only accounts of acme.example can join.");
        await Expect(carolsCard.Locator(".note-excluded")).ToHaveTextAsync($"Cannot join: {PageTeam.CarolName}");
        await carolsCard.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await Expect(carolsCard.Locator(".card-error")).ToContainTextAsync("You cannot join: Only accounts of acme.example can join this conference.");
        await Screenshots.SaveAsync(carol.Page, "8-restricted-outsider");

        var alicesCard = alice.Invitation("Board meeting");
        // Alice may join, so her card carries the link itself.
        var popup = await alice.Page.Context.RunAndWaitForPageAsync(() => alicesCard.Locator(".join").ClickAsync());
        Assert.StartsWith($"https://meet.google.com/{GoogleStub.MeetingCode}", popup.Url, StringComparison.Ordinal);
        await popup.CloseAsync();
    }

    [Fact]
    public async Task RoomMenu_ProviderSwitchedOff_NotOffered()
    {
        var team = await PageTeam.CreateAsync(suite, "Acme Meet Only", uberConference: false);
        var room = new RoomPage(await suite.NewPageAsync());
        await room.SignInAsync(team, team.Operations, PageTeam.Alice);

        await room.OpenMenuAsync();

        await Expect(room.Page.Locator("#menu-items button")).ToHaveTextAsync(["Start Google Hangout"]);
    }

    [Fact]
    public async Task RussianTeam_LabelsInRussianAndTimesInTheViewersTimeZone()
    {
        var team = await PageTeam.CreateAsync(suite, "Ромашка", locale: "ru");
        var room = new RoomPage(await suite.NewPageAsync(new BrowserNewContextOptions { Locale = "ru-RU", TimezoneId = "Asia/Kolkata" }));
        await room.SignInAsync(team, team.General, PageTeam.Alice);
        await Expect(room.Page.Locator("#menu-button")).ToContainTextAsync("Меню комнаты");
        await Expect(room.Page.Locator("html")).ToHaveAttributeAsync("lang", "ru");

        await room.StartAsync("Начать Google Hangout", "Планёрка");

        var card = room.Invitation("Планёрка");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Идёт");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Присоединиться" })).ToBeVisibleAsync();
        // Stored and sent as UTC; shown in the viewer's zone (India: UTC+5:30, no daylight saving).
        var time = card.Locator("time").First;
        var iso = await time.GetAttributeAsync("datetime");
        var expected = DateTimeOffset.Parse(iso!, System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(5.5)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(time).ToContainTextAsync(expected);
        await Expect(time).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"GMT\+5:30"));
        await Screenshots.SaveAsync(room.Page, "9-russian-team");
    }

    [Fact]
    public async Task Page_ContentSecurityPolicyNoInlineScriptAndNamedControls()
    {
        using var client = new HttpClient { BaseAddress = suite.BaseUri };
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)", html);

        var page = await suite.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                violations.Add(message.Text);
        };
        await page.GotoAsync("/");
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        Assert.Empty(violations);
        // Every control has a name a screen reader can announce.
        foreach (var picker in new[] { "Team", "Room", "Member" })
            await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = picker, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }
}
