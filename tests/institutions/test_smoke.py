def test_home_page_answers_anonymously(client, db):
    response = client.get("/")
    assert response.status_code == 200


def test_manager_sees_their_staff_list(client, manager, learner, bamako):
    client.force_login(manager)
    response = client.get(f"/institutions/{bamako.pk}/")
    assert response.status_code == 200
    assert "Aminata Traoré" in response.content.decode()
