<#-- Step one of the sign-in (identity first, as Keycloak's organizations ask): who is signing in. An
     organization with its own sign-in service takes its people there by their e-mail's domain. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username') displayInfo=(realm.password && realm.registrationAllowed && !registrationDisabled??); section>
  <#if section = "header">
    ${msg("loginAccountTitle")}
  <#elseif section = "form">
    <#if realm.password>
      <form id="kc-form-login" class="form" action="${url.loginAction}" method="post" novalidate>
        <#if !usernameHidden??>
          <div class="field">
            <label for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
            <input id="username" class="input" name="username" value="${(login.username!'')}" type="text"
                   autofocus autocomplete="username" autocapitalize="none" spellcheck="false" dir="ltr"
                   <#if messagesPerField.existsError('username')>aria-invalid="true" aria-describedby="input-error-username"</#if>>
            <#if messagesPerField.existsError('username')>
              <span id="input-error-username" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('username'))?no_esc}</span>
            </#if>
          </div>
        </#if>
        <#if realm.rememberMe && !usernameHidden??>
          <div class="field checkbox">
            <label><input id="rememberMe" name="rememberMe" type="checkbox" <#if login.rememberMe??>checked</#if>> ${msg("rememberMe")}</label>
          </div>
        </#if>
        <div class="buttons">
          <input class="button primary" name="login" id="kc-login" type="submit" value="${msg("doContinue")}">
        </div>
      </form>
    </#if>
  <#elseif section = "info">
    <p id="kc-registration">${msg("noAccount")} <a href="${url.registrationUrl}">${msg("doRegister")}</a></p>
  <#elseif section = "socialProviders">
    <#if realm.password && social?? && social.providers?has_content>
      <div id="kc-social-providers" class="providers">
        <h2>${msg("identity-provider-login-label")}</h2>
        <ul class="provider-list">
          <#list social.providers as p>
            <li><a id="social-${p.alias}" class="button secondary" href="${p.loginUrl}">${p.displayName!}</a></li>
          </#list>
        </ul>
      </div>
    </#if>
  </#if>
</@layout.registrationLayout>
