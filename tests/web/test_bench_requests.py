from vaarta.evaluate import latency


def test_the_store_bench_asks_every_page_and_api_call_and_each_answers(sample_store, pipeline):
    paths = latency.endpoints(sample_store, actor="IND", other="PAK", word="मॉस्को")
    timings = latency.measure(sample_store, pipeline, paths, repeat=3)
    assert [t.path for t in timings] == paths
    assert {t.status for t in timings} == {200}
    assert all(t.requests == 3 and 0 < t.p50_ms <= t.p95_ms for t in timings)
    for page in ("/events", "/timeline", "/network", "/map", "/map/points", "/stories", "/watch", "/search", "/docs",
                 "/actors/"):
        assert any(p.startswith(page) for p in paths), page
    for call in ("/api/events", "/api/stats", "/api/dyad", "/api/network", "/api/places", "/api/stories",
                 "/api/search", "/api/documents/"):
        assert any(p.startswith(call) for p in paths), call
