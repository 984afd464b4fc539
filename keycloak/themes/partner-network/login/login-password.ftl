<#-- Step two of the sign-in: the password of the person named above it, and the way to a new one. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password'); section>
  <#if section = "header">
    ${msg("passwordTitle")}
  <#elseif section = "form">
    <form id="kc-form-login" class="form" action="${url.loginAction}" method="post" novalidate>
      <div class="field">
        <label for="password">${msg("password")}</label>
        <input id="password" class="input" name="password" type="password" autofocus autocomplete="current-password" dir="ltr"
               <#if messagesPerField.existsError('password')>aria-invalid="true" aria-describedby="input-error-password"</#if>>
        <#if messagesPerField.existsError('password')>
          <span id="input-error-password" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('password'))?no_esc}</span>
        </#if>
      </div>
      <div class="buttons">
        <input class="button primary" name="login" id="kc-login" type="submit" value="${msg("doLogIn")}">
      </div>
      <#if realm.resetPasswordAllowed>
        <p class="options"><a id="forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
      </#if>
    </form>
  </#if>
</@layout.registrationLayout>
