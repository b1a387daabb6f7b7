"""Query parameters that only track a reader (campaign, click and newsletter ids): they are
stripped from every URL vaarta watch sees, so one article listed with and without them is
one URL.

Gathered from the parameters that Firefox's query stripping, the ClearURLs rules and the
analytics vendors' own documentation name (Google, Meta, Microsoft, Mailchimp, HubSpot,
Matomo/Piwik, Adobe, comScore, AT Internet). Names are matched without regard to case.
"""

# fmt: off
TRACKING_PARAMS = frozenset([
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "__hssc",
    "__hstc", "__hsfp", "hsctatracking", "mkt_tok", "vero_id", "vero_conv", "oly_anon_id",
    "oly_enc_id", "rb_clickid", "s_cid", "ocid", "xtor", "at_medium", "at_campaign", "ns_source",
    "ns_mchannel", "ns_campaign", "ns_linkname", "ns_fee", "ref_src", "ref_url", "cmpid", "icid",
    "__twitter_impression",
])
# fmt: on

# every parameter whose name starts with one of these is tracking too (utm_source, pk_kwd, ...)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
