<#-- The frame of every sign-in page: the portal's header with the language switch, the page's heading,
     the person being signed in, a message, the page's form, and the portal's footer. Its stylesheet inside
     and no script of its own: the page is all a phone fetches (and the Khmer font, for Khmer). -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${msg("loginTitle", (realm.displayName!'Partner Network'))}</title>
<link rel="icon" href="data:,">
<#if lang == "km">
<link rel="preload" href="${url.resourcesPath}/fonts/noto-sans-khmer-400.woff2" as="font" type="font/woff2" crossorigin>
</#if>
<style>
<#include "login-styles.ftl">
</style>
<#if scripts??>
<#list scripts as script>
<script src="${script}"></script>
</#list>
</#if>
</head>
<body class="${bodyClass}" data-page-id="login-${pageId}">
<header>
  <div class="bar">
    <span class="brand">${msg("appName")}</span>
    <#if realm.internationalizationEnabled && locale.supported?size gt 1>
      <#list locale.supported as l>
        <#if l.languageTag != locale.currentLanguageTag>
          <a class="language" id="language-${l.languageTag}" href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}">${l.label}</a>
        </#if>
      </#list>
    </#if>
  </div>
</header>
<main id="main">
  <h1 id="kc-page-title"><#nested "header"></h1>
  <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
    <#nested "show-username">
    <p class="signing-in" id="kc-username">
      <span>${msg("signingInAs")} <strong id="kc-attempted-username">${auth.attemptedUsername}</strong></span>
      <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
    </p>
  </#if>

  <#-- a warning that an action is required is not shown to a person who asked for the action themselves -->
  <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
    <p class="alert alert-${message.type}" role="<#if message.type = 'error'>alert<#else>status</#if>">${kcSanitize(message.summary)?no_esc}</p>
  </#if>

  <#nested "form">

  <#if auth?has_content && auth.showTryAnotherWayLink()>
    <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
      <input type="hidden" name="tryAnotherWay" value="on">
      <button type="submit" class="button secondary" id="try-another-way">${msg("doTryAnotherWay")}</button>
    </form>
  </#if>

  <#if switchOrganizationEnabled?? && switchOrganizationEnabled>
    <form id="kc-switch-organization-form" action="${url.loginAction}" method="post">
      <input type="hidden" name="switchOrganization" value="true">
      <button type="submit" class="button secondary" id="switch-organization">${msg("doSwitchOrganization")}</button>
    </form>
  </#if>

  <#nested "socialProviders">

  <#if displayInfo>
    <div id="kc-info" class="info">
      <#nested "info">
    </div>
  </#if>
</main>
<footer><p>${msg("footerText")}</p></footer>
</body>
</html>
</#macro>
