//! Dynamic client registration (RFC 7591 §3): the server learns which app this is and
//! the exact addresses it may send users back to.

use serde_json::{Value, json};

use super::offered;
use super::redirect_uri::registration_problem;
use super::{AuthorizationServer, RegisteredClient};
use crate::sim::answers::{json_error, json_ok};
use crate::sim::context::Ctx;
use crate::sim::message::{Gist, Request, Response};
use crate::sim::protocol::{GrantType, ResponseType};
use crate::sim::scope::Scope;
use crate::sim::topic::Topic;
use crate::sim::world::{AuthMethod, ClientConfig, ClientType, ServerPolicy};

/// The grant types a client gets when it names none, and every client the operator
/// sets up: the code flow and refreshing it.
const DEFAULT_GRANT_TYPES: [GrantType; 2] = [GrantType::AuthorizationCode, GrantType::RefreshToken];

impl AuthorizationServer {
    /// `POST /register`: validates the metadata and answers 201 with the credentials.
    pub fn register(&mut self, request: &Request, ctx: &mut Ctx) -> (Response, Topic) {
        let metadata = request.body.parse_json().unwrap_or(Value::Null);
        let client = match self.validate_metadata(&metadata) {
            Ok(client) => client,
            Err(topic) => return (json_error(400, topic), topic),
        };
        let fixed = self.planned.get(&client.name).cloned().unwrap_or_default();
        let (client_id, secret) = credentials(&fixed, client.client_type, ctx);
        let client = RegisteredClient { secret, ..client };
        let body = registration_response(&client_id, &client, ctx.now.timestamp());
        self.keep_client(client_id, client, ctx);
        (json_ok(201, &body).gist(Gist::ClientId), Topic::Registered)
    }

    /// Registers a client before the scenario starts, without a message, for the
    /// grant types of the flow it plays.
    pub fn preregister(
        &mut self,
        config: &ClientConfig,
        grant_types: Vec<GrantType>,
        ctx: &mut Ctx,
    ) -> (String, Option<String>) {
        let fixed = Planned::of(config);
        let (client_id, secret) = credentials(&fixed, config.client_type, ctx);
        let client = RegisteredClient {
            name: config.name.clone(),
            client_type: config.client_type,
            secret: secret.clone(),
            redirect_uris: config.redirect_uris.clone(),
            auth_method: config.auth_method,
            response_types: front_channel_responses(&grant_types),
            grant_types,
            scope: None,
            dynamic: false,
        };
        self.keep_client(client_id.clone(), client, ctx);
        (client_id, secret)
    }

    /// Keeps a registered client, and how it sends its credentials with Basic.
    fn keep_client(&mut self, client_id: String, client: RegisteredClient, ctx: &mut Ctx) {
        if let Some(secret) = &client.secret {
            self.issued_basic.learn(&client_id, secret);
        }
        self.clients.insert(client_id, client, ctx.journal);
    }

    /// Reads RFC 7591 §2 metadata; a bad redirect URI is `invalid_redirect_uri`,
    /// anything else wrong is `invalid_client_metadata` (§3.2.2).
    fn validate_metadata(&self, metadata: &Value) -> Result<RegisteredClient, Topic> {
        let Some(fields) = metadata.as_object() else {
            return Err(Topic::RegisterBadMetadata);
        };
        let redirect_uris = string_list(fields.get("redirect_uris"))
            .map_err(|_| Topic::RegisterBadRedirectUri)?
            .unwrap_or_default();
        let (grant_types, response_types) = flows(fields, &self.policy)?;
        let redirects = grant_types
            .iter()
            .any(GrantType::starts_at_authorization_endpoint);
        if redirect_uris.is_empty() && redirects {
            return Err(Topic::RegisterNoRedirectUri);
        }
        if let Some(problem) = redirect_uris
            .iter()
            .find_map(|uri| registration_problem(uri))
        {
            return Err(problem);
        }
        let auth_method = match fields.get("token_endpoint_auth_method") {
            None => AuthMethod::ClientSecretBasic,
            Some(value) => {
                serde_json::from_value(value.clone()).map_err(|_| Topic::RegisterBadMetadata)?
            }
        };
        let scope = match fields.get("scope") {
            None => None,
            Some(Value::String(scope)) => Some(Scope::parse(scope)).filter(|s| !s.is_empty()),
            Some(_) => return Err(Topic::RegisterBadMetadata),
        };
        let name = match fields.get("client_name") {
            None => String::new(),
            Some(Value::String(name)) => name.clone(),
            Some(_) => return Err(Topic::RegisterBadMetadata),
        };
        let known_scope = |s: &Scope| s.is_subset(&self.known_scopes);
        if !scope.as_ref().is_none_or(known_scope) {
            return Err(Topic::RegisterBadMetadata);
        }
        let client_type = if auth_method == AuthMethod::None {
            ClientType::Public
        } else {
            ClientType::Confidential
        };
        if client_type == ClientType::Public && grant_types.contains(&GrantType::ClientCredentials)
        {
            return Err(Topic::RegisterPublicClientCredentials);
        }
        Ok(RegisteredClient {
            name,
            client_type,
            secret: None,
            redirect_uris,
            auth_method,
            grant_types,
            response_types,
            scope,
            dynamic: true,
        })
    }
}

/// The response types that go with grant types that start at the authorization
/// endpoint (RFC 7591 §2.1): `code` for the code flow, `token` for the implicit one,
/// none for a flow without a redirect.
fn front_channel_responses(grant_types: &[GrantType]) -> Vec<ResponseType> {
    grant_types
        .iter()
        .filter_map(GrantType::response_type)
        .collect()
}

/// The grant and response types a client registers, each one a flow this server
/// offers, and each response type registered with the grant type it leads to and
/// the other way round (RFC 7591 §2.1: `code` with `authorization_code`, `token`
/// with `implicit`). Omitted, they are the code flow and refreshing it. A client may
/// register no front-channel flow at all; the authorization endpoint then refuses
/// it.
fn flows(
    fields: &serde_json::Map<String, Value>,
    policy: &ServerPolicy,
) -> Result<(Vec<GrantType>, Vec<ResponseType>), Topic> {
    let grant_types: Vec<GrantType> = match string_list(fields.get("grant_types"))? {
        Some(names) => names
            .iter()
            .map(|name| GrantType::from(name.as_str()))
            .collect(),
        None => DEFAULT_GRANT_TYPES.to_vec(),
    };
    let response_types: Vec<ResponseType> = match string_list(fields.get("response_types"))? {
        Some(names) => names
            .iter()
            .map(|name| ResponseType::from(name.as_str()))
            .collect(),
        None => vec![ResponseType::Code],
    };
    if !grant_types.iter().all(|g| offered::grant(policy, g)) {
        return Err(Topic::RegisterGrantTypeUnsupported);
    }
    if !response_types.iter().all(|r| offered::response(policy, r)) {
        return Err(Topic::RegisterResponseTypeUnsupported);
    }
    let needed: Vec<GrantType> = response_types
        .iter()
        .filter_map(ResponseType::grant_type)
        .collect();
    let consistent = needed.iter().all(|g| grant_types.contains(g))
        && grant_types
            .iter()
            .filter(|g| g.starts_at_authorization_endpoint())
            .all(|g| needed.contains(g));
    if !consistent {
        return Err(Topic::RegisterFlowsInconsistent);
    }
    Ok((grant_types, response_types))
}

/// The 201 body (RFC 7591 §3.2.1): the credentials and every metadata value as
/// registered, including the defaults the server filled in and nothing it ignored.
fn registration_response(client_id: &str, client: &RegisteredClient, issued_at: i64) -> Value {
    let mut body = json!({
        "client_id": client_id,
        "client_id_issued_at": issued_at,
        "redirect_uris": client.redirect_uris,
        "grant_types": client.grant_types,
        "response_types": client.response_types,
        "token_endpoint_auth_method": client.auth_method.as_str(),
    });
    if !client.name.is_empty() {
        body["client_name"] = json!(client.name);
    }
    if let Some(scope) = &client.scope {
        body["scope"] = json!(scope.to_string());
    }
    if let Some(secret) = &client.secret {
        body["client_secret"] = json!(secret);
        body["client_secret_expires_at"] = json!(0);
    }
    body
}

/// Credentials the scenario fixes for a client of a given name: the server's own
/// setup (which ids it will hand out), not something it reads from the client.
#[derive(Debug, Clone, Default)]
pub struct Planned {
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
}

impl Planned {
    pub fn of(config: &ClientConfig) -> Self {
        Self {
            client_id: config.client_id.clone(),
            client_secret: config.client_secret.clone(),
        }
    }
}

/// The credentials a new registration gets: the scenario's fixed values, or fresh
/// random ones; a secret only for a confidential client (RFC 6749 §2.3.1).
fn credentials(
    fixed: &Planned,
    client_type: ClientType,
    ctx: &mut Ctx,
) -> (String, Option<String>) {
    let client_id = fixed.client_id.clone().unwrap_or_else(|| ctx.secrets.id());
    let secret = (client_type == ClientType::Confidential).then(|| {
        fixed
            .client_secret
            .clone()
            .unwrap_or_else(|| ctx.secrets.secret())
    });
    (client_id, secret)
}

/// A metadata field that must be an array of strings, if present.
fn string_list(value: Option<&Value>) -> Result<Option<Vec<String>>, Topic> {
    match value {
        None => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or(Topic::RegisterBadMetadata)
            })
            .collect::<Result<_, _>>()
            .map(Some),
        Some(_) => Err(Topic::RegisterBadMetadata),
    }
}
