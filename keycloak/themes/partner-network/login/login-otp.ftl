<#-- The one-time code from the person's authenticator app (supervisors and admins). -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp'); section>
  <#if section = "header">
    ${msg("otpTitle")}
  <#elseif section = "form">
    <#assign invalid = messagesPerField.existsError('totp') || (message?has_content && message.type = 'error')>
    <form id="kc-otp-login-form" class="form" action="${url.loginAction}" method="post" novalidate>
      <#if otpLogin.userOtpCredentials?size gt 1>
        <fieldset class="field">
          <legend>${msg("otpDevice")}</legend>
          <#list otpLogin.userOtpCredentials as otpCredential>
            <label class="choice" for="kc-otp-credential-${otpCredential?index}"><input id="kc-otp-credential-${otpCredential?index}" type="radio" name="selectedCredentialId" value="${otpCredential.id}" <#if otpCredential.id == otpLogin.selectedCredentialId>checked</#if>> ${otpCredential.userLabel}</label>
          </#list>
        </fieldset>
      </#if>
      <div class="field">
        <label for="otp">${msg("loginOtpOneTime")}</label>
        <p class="hint" id="otp-hint">${msg("otpHint")}</p>
        <input id="otp" class="input" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" autofocus dir="ltr"
               aria-describedby="otp-hint<#if messagesPerField.existsError('totp')> input-error-otp-code</#if>"
               <#if invalid>aria-invalid="true"</#if>>
        <#if messagesPerField.existsError('totp')>
          <span id="input-error-otp-code" class="error" aria-live="polite">${kcSanitize(messagesPerField.get('totp'))?no_esc}</span>
        </#if>
      </div>
      <div class="buttons">
        <input class="button primary" name="login" id="kc-login" type="submit" value="${msg("doLogIn")}">
      </div>
    </form>
  </#if>
</@layout.registrationLayout>
