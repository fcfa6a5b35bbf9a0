using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Conferencing.Browser.Tests;

/// <summary>The room page as a person uses it, by the names a screen reader would announce.</summary>
public sealed class RoomPage(IPage page)
{
    public IPage Page => page;

    public ILocator Timeline => page.Locator("#timeline");

    public ILocator StatusLine => page.Locator("#status-line");

    /// <summary>Opens <c>/</c> and signs in through the development sign-in's pickers.</summary>
    public async Task SignInAsync(PageTeam team, string roomId, string userId, string? screenshotBeforeSubmit = null)
    {
        await page.GotoAsync("/");
        await page.Locator("#sign-in-team").SelectOptionAsync(team.TeamId);
        await page.Locator("#sign-in-room").SelectOptionAsync(roomId);
        await page.Locator("#sign-in-member").SelectOptionAsync(userId);
        if (screenshotBeforeSubmit is not null)
            await Screenshots.SaveAsync(page, screenshotBeforeSubmit);
        await page.Locator("#sign-in-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#room")).ToBeVisibleAsync();
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "on");
        // Set once the page is up: a reload would lose it, so a test can tell "updated live" from "reloaded".
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
    }

    public async Task<bool> WasReloadedAsync() => !await page.EvaluateAsync<bool>("() => window.notReloaded === true");

    public async Task OpenMenuAsync()
    {
        await page.Locator("#menu-button").ClickAsync();
        await Expect(page.Locator("#room-menu")).ToBeVisibleAsync();
    }

    /// <summary>Room menu → topic → the provider's item (its label, e.g. "Start Google Hangout").</summary>
    public async Task StartAsync(string menuItem, string topic)
    {
        if (await page.Locator("#room-menu").IsHiddenAsync())
            await OpenMenuAsync();
        await page.Locator("#topic").FillAsync(topic);
        await page.GetByRole(AriaRole.Button, new() { Name = menuItem, Exact = true }).ClickAsync();
        await Expect(page.Locator("#room-menu")).ToBeHiddenAsync();
    }

    /// <summary>The invitation card titled <paramref name="topic"/>.</summary>
    public ILocator Invitation(string topic) =>
        page.Locator("article.invitation").Filter(new() { Has = page.Locator("h3.card-title", new() { HasTextRegex = new Regex("^" + Regex.Escape(topic) + "$") }) });

    public async Task SwitchRoomAsync(string roomId)
    {
        await page.Locator("#room-picker").SelectOptionAsync(roomId);
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-state", "on");
    }

    /// <summary>Width the page would scroll sideways by; 0 when everything fits the viewport.</summary>
    public Task<int> HorizontalOverflowAsync() =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
