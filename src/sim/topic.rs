//! What a step was about: the one fact its explanation teaches. Every outcome the
//! servers and the client can produce has its own topic, so that a failure is
//! explained by its exact cause (an expired code, not just `invalid_grant`), in
//! every language, and the wire's `error_description` says the same thing.

use serde::Serialize;

use super::oauth_error::ErrorCode;

/// The outcome a step teaches.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::VariantArray, strum::IntoStaticStr,
)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The lesson's opening: the four roles and their lanes (RFC 6749 §1.1).
    RolesIntroduced,
    /// The same for a client acting for itself: no owner takes part (§4.4).
    RolesWithoutOwner,
    /// The same for a device: Alice approves on her phone (RFC 8628 §1).
    RolesWithPhone,
    // Registration (RFC 7591).
    Registered,
    RegisterNoRedirectUri,
    RegisterBadRedirectUri,
    RegisterBadMetadata,
    RegisterGrantTypeUnsupported,
    RegisterResponseTypeUnsupported,
    RegisterFlowsInconsistent,
    // Authorization endpoint, before the redirect URI is trusted: no redirect.
    LoginPageShown,
    ConsentPageShown,
    ClientIdMissing,
    ClientUnknown,
    RedirectUriMismatch,
    RedirectUriRequired,
    RedirectUriMalformed,
    ClientOrRedirectUriRepeated,
    // Authorization endpoint, after: errors go back to the client.
    ParameterRepeated,
    ResponseTypeMissing,
    ResponseTypeUnsupported,
    ResponseTypeNotAllowed,
    ScopeInvalid,
    PkceChallengeMissing,
    PkceMethodUnsupported,
    PkceChallengeMalformed,
    // Login and consent.
    LoggedIn,
    LoginFailed,
    NoAuthorizationInProgress,
    ConsentBeforeLogin,
    ConsentDecisionInvalid,
    CodeIssued,
    AccessDenied,
    // The client's callback.
    CallbackAccepted,
    CallbackStateMismatch,
    CallbackCarriedError,
    CallbackWithoutCode,
    CodeLeakedToAttacker,
    // Client authentication at /token and /revoke (RFC 6749 §2.3, §5.2).
    ClientAuthUnknownClient,
    ClientAuthWrongSecret,
    ClientAuthMissing,
    ClientAuthMalformed,
    ClientAuthWrongMethod,
    ClientAuthTwice,
    // The token endpoint.
    TokensIssued,
    /// A parameter repeated in the form of a request to `/token` or `/revoke`.
    FormParameterRepeated,
    GrantTypeMissing,
    GrantTypeUnsupported,
    GrantTypeNotAllowed,
    CodeMissing,
    CodeUnknown,
    CodeExpired,
    CodeReplayed,
    CodeOfAnotherClient,
    CodeConsentWithdrawn,
    TokenRedirectUriMissing,
    TokenRedirectUriMismatch,
    VerifierMissing,
    VerifierMalformed,
    VerifierMismatch,
    VerifierWithoutChallenge,
    // The resource server (RFC 6750).
    ResourceServed,
    AccessTokenInQuery,
    AccessTokenInForm,
    AccessTokenMissing,
    AccessTokenMalformed,
    AuthorizationHeaderRepeated,
    AccessTokenSentTwice,
    AccessTokenInactive,
    AccessTokenWrongAudience,
    ScopeInsufficient,
    // Introspection (RFC 7662): why the authorization server calls a token inactive,
    // which it does not tell the resource server.
    AccessTokenUnknown,
    AccessTokenExpired,
    AccessTokenRevoked,
    // Time.
    ClockMoved,
    // Refresh (RFC 6749 §6, RFC 9700 §4.14).
    Refreshed,
    RefreshTokenMissing,
    RefreshTokenUnknown,
    RefreshTokenExpired,
    RefreshTokenRevoked,
    RefreshTokenOfAnotherClient,
    RefreshTokenReplayed,
    RefreshScopeWider,
    // Revocation (RFC 7009).
    TokenRevoked,
    RevokedNothing,
    RevokeTokenMissing,
    RevokeTokenOfAnotherClient,
    // The owner's account page: withdrawing consent.
    ConsentWithdrawn,
    NoConsentToWithdraw,
    AccountNotSignedIn,
    AccountPageShown,
    NothingSent,
    // The scenario itself.
    VariableUnset,
    // The network, the client's own pages and the attacker.
    SignInStarted,
    NotSignedIn,
    PhotosShown,
    PhotosUnavailable,
    NoSuchPage,
    MethodNotAllowed,
    AttackerPageShown,
    LureFollowed,
    CodeLeakedThroughReferer,
    PasswordPhished,
    ValuesStolen,
    ResourceServedFromCache,
    // Issue 11, part A: client credentials (RFC 6749 §4.4) and the device
    // authorization grant (RFC 8628).
    /// A public client registers for client credentials (RFC 6749 §4.4).
    RegisterPublicClientCredentials,
    ClientCredentialsIssued,
    /// A public client asks for client credentials: it has nothing to prove itself.
    ClientCredentialsPublicClient,
    /// The API serves a token without a user: the client's own resources.
    ClientResourcesServed,
    DeviceAuthorized,
    VerificationPageShown,
    UserCodeUnknown,
    DeviceApproved,
    DeviceDenied,
    DeviceCodeMissing,
    DeviceCodeUnknown,
    DeviceCodeOfAnotherClient,
    DeviceCodeUsed,
    DeviceCodeExpired,
    AuthorizationPending,
    SlowDown,
    DeviceAccessDenied,
    DeviceTokensIssued,
    /// Time passes while the device holds a device code: between polls.
    DeviceWaits,
    // Legacy flows (issue 11, part B): the implicit grant (RFC 6749 §4.2), the
    // password grant (§4.3), and introspection a tester asks for (RFC 7662).
    ImplicitTokenIssued,
    ImplicitPageServed,
    ImplicitTokenRead,
    ImplicitWithoutToken,
    ImplicitStateMismatch,
    PasswordCollected,
    PasswordTokensIssued,
    PasswordCredentialsMissing,
    PasswordCredentialsWrong,
    PasswordScopeInvalid,
    TokenActive,
    IntrospectionNotAllowed,
    // OpenID Connect (issue 11, part C): discovery, keys, userinfo, and the client's
    // checks of the id_token (OIDC Core §3.1.3.7).
    DiscoveryServed,
    MetadataServed,
    JwksServed,
    UserinfoServed,
    UserinfoTokenMissing,
    UserinfoTokenInvalid,
    UserinfoScopeInsufficient,
    SignedIn,
    IdTokenMissing,
    IdTokenWrongIssuer,
    IdTokenWrongAudience,
    IdTokenSignatureInvalid,
    IdTokenExpired,
    IdTokenIatInvalid,
    IdTokenNonceMissing,
    IdTokenNonceMismatch,
    IdTokenAtHashMismatch,
    // JWT access tokens (RFC 9068), checked by the resource server itself.
    ResourceServedFromJwt,
    AccessTokenJwtInvalid,
    AccessTokenJwtExpired,
}

impl Topic {
    /// The OAuth error code an answer about this topic carries, if it is a failure
    /// with one.
    #[allow(
        clippy::too_many_lines,
        clippy::enum_glob_use,
        clippy::match_same_arms,
        reason = "a table over every topic, each part's topics in a block of their own"
    )]
    pub fn error_code(self) -> Option<ErrorCode> {
        use ErrorCode as E;
        use Topic::*;
        Some(match self {
            RegisterNoRedirectUri | RegisterBadRedirectUri => E::InvalidRedirectUri,
            RegisterBadMetadata
            | RegisterGrantTypeUnsupported
            | RegisterResponseTypeUnsupported
            | RegisterFlowsInconsistent => E::InvalidClientMetadata,
            ClientIdMissing
            | ClientUnknown
            | RedirectUriMismatch
            | RedirectUriRequired
            | RedirectUriMalformed
            | ClientOrRedirectUriRepeated
            | ParameterRepeated
            | FormParameterRepeated
            | ResponseTypeMissing
            | PkceChallengeMissing
            | PkceMethodUnsupported
            | PkceChallengeMalformed
            | ClientAuthTwice
            | GrantTypeMissing
            | CodeMissing
            | TokenRedirectUriMissing
            | VerifierMissing
            | VerifierMalformed
            | VerifierWithoutChallenge
            | RefreshTokenMissing
            | RevokeTokenMissing
            | CallbackWithoutCode
            | AccessTokenMalformed
            | AuthorizationHeaderRepeated
            | AccessTokenSentTwice
            | NoAuthorizationInProgress
            | ConsentDecisionInvalid
            | ImplicitWithoutToken
            | PasswordCredentialsMissing => E::InvalidRequest,
            ResponseTypeUnsupported => E::UnsupportedResponseType,
            ScopeInvalid | RefreshScopeWider | PasswordScopeInvalid => E::InvalidScope,
            AccessDenied => E::AccessDenied,
            CallbackStateMismatch | ImplicitStateMismatch => E::InvalidState,
            ClientAuthUnknownClient
            | ClientAuthWrongSecret
            | ClientAuthMissing
            | ClientAuthMalformed
            | ClientAuthWrongMethod => E::InvalidClient,
            GrantTypeUnsupported => E::UnsupportedGrantType,
            GrantTypeNotAllowed | ResponseTypeNotAllowed => E::UnauthorizedClient,
            CodeUnknown
            | CodeExpired
            | CodeReplayed
            | CodeOfAnotherClient
            | CodeConsentWithdrawn
            | TokenRedirectUriMismatch
            | VerifierMismatch
            | RefreshTokenUnknown
            | RefreshTokenExpired
            | RefreshTokenRevoked
            | RefreshTokenOfAnotherClient
            | RefreshTokenReplayed
            | RevokeTokenOfAnotherClient
            | PasswordCredentialsWrong => E::InvalidGrant,
            AccessTokenInactive
            | AccessTokenWrongAudience
            | AccessTokenUnknown
            | AccessTokenExpired
            | AccessTokenRevoked => E::InvalidToken,
            ScopeInsufficient => E::InsufficientScope,
            // OpenID Connect (issue 11, part C).
            UserinfoTokenInvalid => E::InvalidToken,
            UserinfoScopeInsufficient => E::InsufficientScope,
            IdTokenMissing
            | IdTokenWrongIssuer
            | IdTokenWrongAudience
            | IdTokenSignatureInvalid
            | IdTokenExpired
            | IdTokenIatInvalid
            | IdTokenNonceMissing
            | IdTokenNonceMismatch
            | IdTokenAtHashMismatch => E::InvalidIdToken,
            AccessTokenJwtInvalid | AccessTokenJwtExpired => E::InvalidToken,
            DiscoveryServed
            | MetadataServed
            | JwksServed
            | UserinfoServed
            | UserinfoTokenMissing
            | SignedIn
            | ResourceServedFromJwt => return None,
            RolesIntroduced
            | RolesWithoutOwner
            | RolesWithPhone
            | Registered
            | LoginPageShown
            | ConsentPageShown
            | LoggedIn
            | LoginFailed
            | ConsentBeforeLogin
            | CodeIssued
            | CallbackAccepted
            | CallbackCarriedError
            | CodeLeakedToAttacker
            | TokensIssued
            | ResourceServed
            | AccessTokenMissing
            | ClockMoved
            | Refreshed
            | TokenRevoked
            | RevokedNothing
            | VariableUnset
            | SignInStarted
            | NotSignedIn
            | PhotosShown
            | PhotosUnavailable
            | NoSuchPage
            | MethodNotAllowed
            | AttackerPageShown
            | LureFollowed
            | CodeLeakedThroughReferer
            | PasswordPhished
            | ValuesStolen
            | ResourceServedFromCache
            | AccessTokenInQuery
            | AccessTokenInForm
            | ConsentWithdrawn
            | NoConsentToWithdraw
            | AccountNotSignedIn
            | AccountPageShown
            | NothingSent
            | ImplicitTokenIssued
            | ImplicitPageServed
            | ImplicitTokenRead
            | PasswordCollected
            | PasswordTokensIssued
            | TokenActive
            | IntrospectionNotAllowed => {
                return None;
            }
            // Issue 11, part A.
            RegisterPublicClientCredentials => E::InvalidClientMetadata,
            ClientCredentialsPublicClient => E::UnauthorizedClient,
            DeviceCodeMissing => E::InvalidRequest,
            DeviceCodeUnknown | DeviceCodeOfAnotherClient | DeviceCodeUsed => E::InvalidGrant,
            DeviceCodeExpired => E::ExpiredToken,
            AuthorizationPending => E::AuthorizationPending,
            SlowDown => E::SlowDown,
            DeviceAccessDenied => E::AccessDenied,
            ClientCredentialsIssued
            | ClientResourcesServed
            | DeviceAuthorized
            | VerificationPageShown
            | UserCodeUnknown
            | DeviceApproved
            | DeviceDenied
            | DeviceTokensIssued
            | DeviceWaits => return None,
        })
    }

    /// The `error_description` (or page text) a server sends about this topic: plain
    /// English, as on the wire.
    #[allow(
        clippy::too_many_lines,
        clippy::enum_glob_use,
        reason = "a table over every topic"
    )]
    pub fn description(self) -> &'static str {
        use Topic::*;
        match self {
            RolesIntroduced => "Client, resource owner, authorization server, resource server.",
            RolesWithoutOwner => "Client, authorization server, resource server.",
            RolesWithPhone => {
                "Device, resource owner with a phone, authorization server, resource server."
            }
            Registered => "Client registered.",
            RegisterNoRedirectUri => "At least one redirect URI must be registered.",
            RegisterBadRedirectUri => {
                "Redirect URIs must be absolute, without a fragment, and https unless on a loopback address."
            }
            RegisterBadMetadata => "A client metadata value is not supported.",
            RegisterGrantTypeUnsupported => {
                "Only the authorization_code, refresh_token, client_credentials and device code grant types are supported."
            }
            RegisterResponseTypeUnsupported => "Only the code response type is supported.",
            RegisterFlowsInconsistent => {
                "The response_types and grant_types do not match: code goes with authorization_code."
            }
            LoginPageShown => "Sign in to continue.",
            ConsentPageShown => "Review what the application asks for.",
            ClientIdMissing => "The client_id parameter is missing.",
            ClientUnknown => "The client_id is not registered here.",
            RedirectUriMismatch => "The redirect_uri does not exactly match a registered one.",
            RedirectUriRequired => "The redirect_uri is required when several are registered.",
            RedirectUriMalformed => "The redirect_uri must be an absolute URI without a fragment.",
            ClientOrRedirectUriRepeated => "The client_id or redirect_uri was sent more than once.",
            ParameterRepeated | FormParameterRepeated => "A parameter was sent more than once.",
            ResponseTypeMissing => "The response_type parameter is missing.",
            ResponseTypeUnsupported => "Only response_type=code is supported.",
            ResponseTypeNotAllowed => "This client is not registered for response_type=code.",
            ScopeInvalid => "A requested scope is unknown or not allowed for this client.",
            PkceChallengeMissing => "A code_challenge is required (PKCE).",
            PkceMethodUnsupported => "Only code_challenge_method=S256 is accepted.",
            PkceChallengeMalformed => "The code_challenge must be 43 to 128 unreserved characters.",
            LoggedIn => "Signed in.",
            LoginFailed => "Wrong username or password.",
            NoAuthorizationInProgress => "There is no authorization request in progress.",
            ConsentBeforeLogin => "Sign in before answering the consent page.",
            ConsentDecisionInvalid => "The decision must be allow or deny.",
            CodeIssued => "Authorization code issued.",
            AccessDenied => "The resource owner denied the request.",
            CallbackAccepted => "Authorization code received.",
            CallbackStateMismatch => "The state does not match the one this browser was given.",
            CallbackCarriedError => "The authorization server returned an error.",
            CallbackWithoutCode => "The callback carries neither a code nor an error.",
            CodeLeakedToAttacker => {
                "The browser delivered the code to a page the client does not own."
            }
            ClientAuthUnknownClient => "Client authentication failed: unknown client.",
            ClientAuthWrongSecret => "Client authentication failed: wrong client secret.",
            ClientAuthMissing => "Client authentication failed: no credentials.",
            ClientAuthMalformed => "Client authentication failed: malformed Authorization header.",
            ClientAuthWrongMethod => {
                "Client authentication failed: not the method this client registered."
            }
            ClientAuthTwice => "Client credentials were sent in more than one way.",
            TokensIssued => "Tokens issued.",
            GrantTypeMissing => "The grant_type parameter is missing.",
            GrantTypeUnsupported => "This grant_type is not supported.",
            GrantTypeNotAllowed => "This client is not allowed to use this grant_type.",
            CodeMissing => "The code parameter is missing.",
            CodeUnknown => "The authorization code is invalid.",
            CodeExpired => "The authorization code has expired.",
            CodeReplayed => {
                "The authorization code was already used; tokens issued from it are revoked."
            }
            CodeOfAnotherClient => "The authorization code was issued to another client.",
            CodeConsentWithdrawn => "The resource owner withdrew the consent behind this code.",
            TokenRedirectUriMissing => {
                "The redirect_uri is required because it was sent with the authorization request."
            }
            TokenRedirectUriMismatch => {
                "The redirect_uri does not match the authorization request."
            }
            VerifierMissing => "The code_verifier is required (PKCE).",
            VerifierMalformed => "The code_verifier must be 43 to 128 unreserved characters.",
            VerifierMismatch => "The code_verifier does not match the code_challenge.",
            VerifierWithoutChallenge => {
                "A code_verifier was sent for a code issued without a code_challenge."
            }
            ResourceServed | AccessTokenInQuery | AccessTokenInForm => "Here are the photos.",
            AccessTokenMissing => "An access token is required.",
            AccessTokenMalformed => "The access token is empty or malformed.",
            AuthorizationHeaderRepeated => "The Authorization header was sent more than once.",
            AccessTokenSentTwice => "The access token was sent more than once.",
            AccessTokenInactive => "The access token is not active.",
            AccessTokenWrongAudience => "The access token is not meant for this resource server.",
            ScopeInsufficient => "The access token does not carry the required scope.",
            AccessTokenUnknown => "The access token was never issued here.",
            AccessTokenExpired => "The access token expired.",
            AccessTokenRevoked => "The access token was revoked.",
            ClockMoved => "Time passes.",
            Refreshed => "Tokens refreshed.",
            RefreshTokenMissing => "The refresh_token parameter is missing.",
            RefreshTokenUnknown => "The refresh token is invalid.",
            RefreshTokenExpired => "The refresh token has expired.",
            RefreshTokenRevoked => "The refresh token was revoked.",
            RefreshTokenOfAnotherClient => "The refresh token was issued to another client.",
            RefreshTokenReplayed => {
                "The refresh token was already used; the whole token family is revoked."
            }
            RefreshScopeWider => "The requested scope exceeds the scope originally granted.",
            TokenRevoked => "Token revoked.",
            RevokedNothing => "Nothing to revoke.",
            RevokeTokenMissing => "The token parameter is missing.",
            RevokeTokenOfAnotherClient => "The token was issued to another client.",
            ConsentWithdrawn => "You withdrew your consent; the app's tokens are revoked.",
            NoConsentToWithdraw => "You have not given this app any consent.",
            AccountNotSignedIn => "Sign in to manage the apps you have authorized.",
            AccountPageShown => "The apps you have authorized.",
            NothingSent => "The step had no request to send.",
            VariableUnset => "A $variable used by this step has no value yet.",
            SignInStarted => "Redirecting to the authorization server.",
            NotSignedIn => "Sign in with your photo account first.",
            PhotosShown => "Your photos, as the photo API sent them.",
            PhotosUnavailable => "The photo API refused; no photos to show.",
            NoSuchPage => "There is no page at this address.",
            MethodNotAllowed => "This address does not accept that method.",
            AttackerPageShown => "A page on the attacker's server.",
            LureFollowed => "The attacker's page sends the browser on to its link.",
            CodeLeakedThroughReferer => {
                "The Referer header carried the callback URL, code and all, to another site."
            }
            PasswordPhished => "The password was typed into the attacker's page.",
            ValuesStolen => "The attacker copied values that leaked outside any message.",
            ResourceServedFromCache => "Here are the photos (the token was checked earlier).",
            // Issue 11, part A.
            RegisterPublicClientCredentials => {
                "A public client cannot use the client_credentials grant."
            }
            ClientCredentialsIssued => "Access token issued to the client itself.",
            ClientCredentialsPublicClient => {
                "Only confidential clients may use the client_credentials grant."
            }
            ClientResourcesServed => "Here are the client's own photos.",
            DeviceAuthorized => "Show the user code and the verification URI.",
            VerificationPageShown => "Enter the code shown on your device.",
            UserCodeUnknown => "This code is not valid. Check the code on your device.",
            DeviceApproved => "Done. Return to your device.",
            DeviceDenied => "You denied the device. Nothing was shared.",
            DeviceCodeMissing => "The device_code parameter is missing.",
            DeviceCodeUnknown => "The device_code is invalid.",
            DeviceCodeOfAnotherClient => "The device_code was issued to another client.",
            DeviceCodeUsed => "The device_code was already used.",
            DeviceCodeExpired => "The device_code has expired.",
            AuthorizationPending => "The user has not answered yet.",
            SlowDown => "Polling too fast: wait 5 seconds more between requests.",
            DeviceAccessDenied => "The user denied the request.",
            DeviceTokensIssued => "Tokens issued to the device.",
            DeviceWaits => "Time passes while the device waits.",
            ImplicitTokenIssued => "Access token issued in the redirect's fragment.",
            ImplicitPageServed => "The page that reads the access token from the address.",
            ImplicitTokenRead => "The page's script read the access token from the fragment.",
            ImplicitWithoutToken => "The fragment carries neither an access token nor an error.",
            ImplicitStateMismatch => "The fragment's state is not the one this page saved.",
            PasswordCollected => "The app now holds your username and password.",
            PasswordTokensIssued => "Tokens issued for the resource owner's password.",
            PasswordCredentialsMissing => "The username and password parameters are required.",
            PasswordCredentialsWrong => "The resource owner's username or password is wrong.",
            PasswordScopeInvalid => {
                "The requested scope is unknown or beyond this client's registration."
            }
            TokenActive => "The token is active.",
            IntrospectionNotAllowed => "This caller may not learn about that token.",
            // OpenID Connect (issue 11, part C).
            DiscoveryServed => "The OpenID Provider configuration.",
            MetadataServed => "The authorization server metadata.",
            JwksServed => "The public keys that sign this server's tokens.",
            UserinfoServed => "The claims about the signed-in user.",
            UserinfoTokenMissing => "Userinfo needs an access token.",
            UserinfoTokenInvalid => "The access token sent to userinfo is not active.",
            UserinfoScopeInsufficient => "The access token was not granted the openid scope.",
            SignedIn => "The id_token is valid: the user is signed in.",
            IdTokenMissing => "The token response has no id_token although openid was asked.",
            IdTokenWrongIssuer => "The id_token's iss is not the issuer the client uses.",
            IdTokenWrongAudience => "The id_token's aud does not contain this client_id.",
            IdTokenSignatureInvalid => "The id_token's signature does not verify with the JWKS.",
            IdTokenExpired => "The id_token has expired.",
            IdTokenIatInvalid => "The id_token's iat is missing or in the future.",
            IdTokenNonceMissing => "The id_token carries no nonce although one was sent.",
            IdTokenNonceMismatch => "The id_token's nonce is not the one this sign-in sent.",
            IdTokenAtHashMismatch => "The id_token's at_hash does not match the access token.",
            ResourceServedFromJwt => "Here are the photos (the JWT access token was checked here).",
            AccessTokenJwtInvalid => "The JWT access token is not genuine or not for this API.",
            AccessTokenJwtExpired => "The JWT access token expired.",
        }
    }
}
