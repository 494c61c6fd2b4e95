-- wrk script: one GetAlternateContact over a keep-alive connection, as account 123456789012.
-- The Authorization header carries the SigV4 credential scope both servers route by; neither checks the signature.
wrk.method = "POST"
wrk.path = "/getAlternateContact"
wrk.body = '{"AlternateContactType":"BILLING"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=123456789012/20260101/us-east-1/account/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000"
