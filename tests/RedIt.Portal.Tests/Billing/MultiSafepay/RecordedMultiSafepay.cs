using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

// Answers in the shapes docs.multisafepay.com and MultiSafepay's own SDK fixtures show: the
// envelope {"success":..,"data":..}, errors with error_code and error_info, an order with the
// customer MultiSafepay knows and the payment details of the method that paid.
internal static class RecordedMultiSafepay
{
    public const string Iban = "NL87ABNA0000000001";

    public const string HolderName = "Testperson-nl Approved";

    // POST /orders, redirect order created.
    public static string Created(string orderId) => $$"""
        {
          "success": true,
          "data": {
            "order_id": "{{orderId}}",
            "payment_url": "https://payv2.multisafepay.com/connect/99wi0OTuiCaTY2nwEiEOybWpVx8MNwrJ75c/?lang=nl_NL"
          }
        }
        """;

    // GET /orders/{order_id} of an order paid with iDEAL: the bank reported the payer's IBAN and name.
    public static string CompletedIdeal(string orderId) => $$"""
        {
          "success": true,
          "data": {
            "amount": 12100,
            "amount_refunded": 0,
            "costs": [
              {
                "amount": 0.44,
                "description": "0.44 For iDEAL Transactions",
                "transaction_id": "8009375",
                "type": "SYSTEM"
              }
            ],
            "created": "2022-09-07T11:19:59",
            "currency": "EUR",
            "custom_info": {
              "custom_1": null,
              "custom_2": null,
              "custom_3": null
            },
            "customer": {
              "address1": "Neherkade",
              "address2": null,
              "city": "Gravenhage",
              "country": "NL",
              "country_name": "Netherlands",
              "email": "example@multisafepay.com",
              "first_name": "Testperson-nl",
              "house_number": "XI",
              "last_name": "Approved",
              "locale": "nl_NL",
              "phone1": "0612345678",
              "phone2": null,
              "state": null,
              "zip_code": "2521VA"
            },
            "description": "RED-IT invoice 2026-0042",
            "fastcheckout": "NO",
            "financial_status": "completed",
            "items": null,
            "modified": "2022-09-07T11:21:03",
            "order_id": "{{orderId}}",
            "payment_details": {
              "account_bic": "ABNANL2A",
              "account_holder_name": "{{HolderName}}",
              "account_iban": "{{Iban}}",
              "account_id": null,
              "card_authentication_result": null,
              "external_transaction_id": "3924195754138182",
              "issuer_id": "0031",
              "recurring_flow": null,
              "recurring_id": null,
              "recurring_model": null,
              "type": "IDEAL"
            },
            "payment_methods": [
              {
                "account_bic": "ABNANL2A",
                "account_holder_name": "{{HolderName}}",
                "account_iban": "{{Iban}}",
                "amount": 12100,
                "currency": "EUR",
                "description": "RED-IT invoice 2026-0042",
                "external_transaction_id": "3924195754138182",
                "payment_description": "iDEAL",
                "status": "completed",
                "type": "IDEAL"
              }
            ],
            "reason": "",
            "reason_code": "",
            "related_transactions": null,
            "status": "completed",
            "transaction_id": 8996625,
            "var1": null,
            "var2": null,
            "var3": null
          }
        }
        """;

    // The same order while the payer is still at the bank: account_iban then holds the bank's link.
    public static string InitializedIdeal(string orderId) => $$"""
        {
          "success": true,
          "data": {
            "amount": 1000,
            "amount_refunded": 0,
            "costs": [],
            "created": "2022-09-07T11:19:59",
            "currency": "EUR",
            "custom_info": {
              "custom_1": null,
              "custom_2": null,
              "custom_3": null
            },
            "customer": {
              "locale": "nl_NL"
            },
            "description": "Product description",
            "fastcheckout": "NO",
            "financial_status": "initialized",
            "items": null,
            "modified": "2022-09-07T11:19:59",
            "order_id": "{{orderId}}",
            "payment_details": {
              "account_holder_name": null,
              "account_iban": "https://testpayv2.multisafepay.com/simulator/ideal?trxid=3924195754138182&ideal=prob&issuerid=0031&merchantReturnURL=https%3A%2F%2Ftestpayv2%2Emultisafepay%2Ecom%2Fconnect%2Fredirect%3Flang%3Dnl%5FNL%26mspid%3D8996625",
              "account_id": null,
              "card_authentication_result": null,
              "external_transaction_id": "3924195754138182",
              "issuer_id": "0031",
              "recurring_flow": null,
              "recurring_id": null,
              "recurring_model": null,
              "type": "IDEAL"
            },
            "payment_methods": [
              {
                "amount": 1000,
                "currency": "EUR",
                "description": "Product description",
                "external_transaction_id": "3924195754138182",
                "payment_description": "iDEAL",
                "status": "initialized",
                "type": "IDEAL"
              }
            ],
            "reason": null,
            "reason_code": null,
            "related_transactions": null,
            "status": "initialized",
            "transaction_id": 8996625,
            "var1": null,
            "var2": null,
            "var3": null
          }
        }
        """;

    public const string CardHolderName = "Test Holder Name";

    public const string CardExpiry = "3012";

    // GET /orders/{order_id} of an order paid with Visa's test card 4111 1111 1111 1111: MultiSafepay
    // reports its last four digits, its expiry and the holder's name.
    public static string CompletedVisa(string orderId) => $$"""
        {
          "success": true,
          "data": {
            "amount": 1000,
            "amount_refunded": 0,
            "completed": "2025-07-31T11:58:26",
            "costs": [
              {
                "amount": 0.6,
                "description": "2.9 % For Visa CreditCards Transactions (min 0.6)",
                "transaction_id": 12551564,
                "type": "SYSTEM"
              }
            ],
            "created": "2025-07-31T11:14:35",
            "currency": "EUR",
            "custom_info": {
              "custom_1": null,
              "custom_2": null,
              "custom_3": null
            },
            "customer": {
              "address1": "Neherkade",
              "address2": null,
              "city": "Gravenhage",
              "company_name": null,
              "country": "NL",
              "country_name": "Netherlands",
              "email": "example@multisafepay.com",
              "first_name": "Testperson-nl",
              "house_number": "XI",
              "last_name": "Approved",
              "locale": "nl_NL",
              "phone1": "0612345678",
              "phone2": null,
              "state": null,
              "zip_code": "2521VA"
            },
            "description": "product description",
            "fastcheckout": "NO",
            "financial_status": "completed",
            "items": null,
            "modified": "2025-07-31T11:58:26",
            "order_id": "{{orderId}}",
            "payment_details": {
              "account_holder_name": "{{CardHolderName}}",
              "account_id": null,
              "authorization_code": "876543",
              "card_acceptor_id": null,
              "card_acceptor_location": null,
              "card_acceptor_name": null,
              "card_additional_response_data": {
                "cavv_results_code": "2"
              },
              "card_authentication_details": {
                "flow": "challenge"
              },
              "card_authentication_result": {
                "acs_transaction_id": "c6de9eea-6dee-11f0-b568-f107cb810105",
                "cavv": "jBOUYcbPJm91ETNudFHohpeBero=",
                "ds_transaction_id": "c6dee954-6dee-11f0-b568-f107cb810105",
                "eci": "05",
                "status": "Y",
                "version": "2.1.0"
              },
              "card_entry_mode": "UNKNOWN",
              "card_expiry_date": "{{CardExpiry}}",
              "card_verification_result": "M",
              "external_transaction_id": "234205872",
              "last4": "1111",
              "mcc": null,
              "recurring_flow": null,
              "recurring_id": "998163177297134120",
              "recurring_model": null,
              "response_code": "00",
              "scheme_reference_id": null,
              "type": "VISA"
            },
            "payment_methods": [
              {
                "account_holder_name": "{{CardHolderName}}",
                "amount": 1000,
                "card_expiry_date": "{{CardExpiry}}",
                "currency": "EUR",
                "description": "product description",
                "external_transaction_id": "234205872",
                "payment_description": "Visa",
                "status": "completed",
                "type": "VISA"
              }
            ],
            "reason": null,
            "reason_code": "1000",
            "related_transactions": null,
            "status": "completed",
            "transaction_id": 1753953275109182,
            "var1": null,
            "var2": null,
            "var3": null
          }
        }
        """;

    public static string Error(int code, string info) => $$"""{"success":false,"data":{},"error_code":{{code}},"error_info":"{{info}}"}""";

    public static void AnswerGet(this WireMockServer api, string orderId, int status, string body) =>
        api.Given(Request.Create().WithPath("/v1/json/orders/" + orderId).UsingGet()).RespondWith(Json(status, body));

    public static void AnswerCreate(this WireMockServer api, string orderId, int status, string body) =>
        api.Given(Request.Create().WithPath("/v1/json/orders").UsingPost().WithBody(b => b?.Contains(orderId, StringComparison.Ordinal) == true))
            .RespondWith(Json(status, body));

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    // Each test pays an order of its own, so tests sharing the server never see each other's answers.
    public static string NewOrderId() => "INV-" + Guid.NewGuid().ToString("N")[..16];
}
