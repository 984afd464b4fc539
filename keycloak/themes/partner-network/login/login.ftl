<#-- Username and password on one page; with organizations on (identity first) the username was asked on
     the page before, so only the password is asked here, under the name being signed in. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
  <#if section = "header">
    <#if usernameHidden??>${msg("passwordTitle")}<#else>${msg("loginAccountTitle")}</#if>
  <#elseif section = "form">
    <#if realm.password>
      <form id="kc-form-login" class="form" action="${url.loginAction}" method="post" novalidate>
        <#assign invalid = messagesPerField.existsError('username','password')>
        <#if !usernameHidden??>
          <div class="field">
            <label for="username"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
            <input id="username" class="input" name="username" value="${(login.username!'')}" type="text"
                   autofocus autocomplete="username" autocapitalize="none" spellcheck="false" dir="ltr"
                   <#if invalid>aria-invalid="true" aria-describedby="input-error"</#if>>
          </div>
        </#if>
        <div class="field">
          <label for="password">${msg("password")}</label>
          <input id="password" class="input" name="password" type="password" autocomplete="current-password" dir="ltr"
                 <#if usernameHidden??>autofocus</#if>
                 <#if invalid>aria-invalid="true" aria-describedby="input-error"</#if>>
          <#if invalid>
            <span id="input-error" class="error" aria-live="polite">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</span>
          </#if>
        </div>
        <#if realm.rememberMe && !usernameHidden??>
          <div class="field checkbox">
            <label><input id="rememberMe" name="rememberMe" type="checkbox" <#if login.rememberMe??>checked</#if>> ${msg("rememberMe")}</label>
          </div>
        </#if>
        <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
        <div class="buttons">
          <input class="button primary" name="login" id="kc-login" type="submit" value="${msg("doLogIn")}">
        </div>
        <#if realm.resetPasswordAllowed>
          <p class="options"><a id="forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
        </#if>
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
